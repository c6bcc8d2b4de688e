/**
 * Math functions as module bindings. Jest runs tests in a vm context where every global lookup (Math, Date)
 * goes through the context's interceptors, about ten times slower in hot loops; the engine's inner loops
 * use these instead so that its tests (which train on real data) run at production speed.
 */
export const { abs, floor, imul, log2, max, min } = Math;
