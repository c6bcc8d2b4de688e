import { compileComparisons } from '../comparisons/compile-comparison';
import { matchRecord } from '../records/match-record';
import { estimateU } from './estimate-u';
import { expectationMaximisation, initialM } from './expectation-maximisation';
import { PatternCounter } from './pattern-counts';
import { SeededRandom } from './seeded-random';

/** Draws comparison vectors from a known Fellegi-Sunter model. */
function simulate(m: number[][], u: number[][], lambda: number, pairs: number, seed: string) {
  const random = new SeededRandom(seed);
  const counter = new PatternCounter();
  const draw = (probabilities: number[]): number => {
    let roll = random.next();
    for (let level = 1; level < probabilities.length; level++) {
      roll -= probabilities[level] ?? 0;
      if (roll < 0) return level;
    }
    return probabilities.length - 1;
  };
  for (let k = 0; k < pairs; k++) {
    const isMatch = random.next() < lambda;
    counter.add(m.map((_, c) => (random.next() < 0.1 ? 0 : draw((isMatch ? m : u)[c] ?? []))));
  }
  return counter.result();
}

describe('expectation maximisation', () => {
  const trueM = [
    [0, 0.8, 0.15, 0.05],
    [0, 0.7, 0.2, 0.1],
    [0, 0.9, 0.05, 0.05],
  ];
  const trueU = [
    [0, 0.01, 0.04, 0.95],
    [0, 0.02, 0.08, 0.9],
    [0, 0.005, 0.02, 0.975],
  ];

  it('recovers m and lambda from unlabelled pairs when u is known', () => {
    const counts = simulate(trueM, trueU, 0.2, 30_000, 'em');
    const result = expectationMaximisation({
      counts,
      m: trueM.map((levels) => initialM(levels.length, [])),
      u: trueU,
      active: [true, true, true],
      lambda: 0.5,
      maxIterations: 200,
      tolerance: 1e-7,
    });
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(0.2, 1);
    result.m.forEach((levels, c) => levels.forEach((value, level) => expect(Math.abs(value - (trueM[c]?.[level] ?? 0))).toBeLessThan(0.03)));
  });

  it('leaves an inactive comparison (the training rule’s own column) as it was', () => {
    const counts = simulate(trueM, trueU, 0.3, 5_000, 'fixed');
    const start = trueM.map((levels) => initialM(levels.length, []));
    const result = expectationMaximisation({ counts, m: start, u: trueU, active: [true, false, true], lambda: 0.5, maxIterations: 100, tolerance: 1e-6 });
    expect(result.m[1]).toEqual(start[1]);
    expect(Math.abs((result.m[0]?.[1] ?? 0) - 0.8)).toBeLessThan(0.05);
  });

  it('keeps a level no match reaches above zero when given a pseudo-count', () => {
    // Level 2 of the first comparison never occurs among matches: plain EM drives its m to 0.
    const m = [[0, 0.8, 0, 0.2], trueM[1] ?? [], trueM[2] ?? []];
    const counts = simulate(m, trueU, 0.2, 20_000, 'rare');
    const run = (pseudoCount: number) =>
      expectationMaximisation({ counts, m: trueM.map((l) => initialM(l.length, [])), u: trueU, active: [true, true, true], lambda: 0.5, maxIterations: 200, tolerance: 1e-7, pseudoCount });
    const plain = run(0).m[0] ?? [];
    const smoothed = run(0.5).m[0] ?? [];
    expect(plain[2]).toBeLessThan(1e-6);
    expect(smoothed[2]).toBeGreaterThan(1e-5);
    expect(smoothed.slice(1).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(Math.abs((smoothed[1] ?? 0) - 0.8)).toBeLessThan(0.03);
  });
});

describe('u from random pairs', () => {
  it('is each level’s share among random pairs', () => {
    const random = new SeededRandom('u');
    const records = Array.from({ length: 400 }, (_, i) => matchRecord(String(i), { colour: `c${String(random.int(10))}` }));
    const comparisons = compileComparisons([{ name: 'colour', column: 'colour', levels: [{ kind: 'null' }, { kind: 'exact' }, { kind: 'else' }] }]);
    const { u, sampledPairs } = estimateU(records, comparisons, 20_000, 'seed');
    expect(sampledPairs).toBe(20_000);
    expect(u[0]?.[1]).toBeGreaterThan(0.08);
    expect(u[0]?.[1]).toBeLessThan(0.12);
    expect((u[0]?.[1] ?? 0) + (u[0]?.[2] ?? 0)).toBeCloseTo(1, 6);
    expect(estimateU(records, comparisons, 20_000, 'seed').u).toEqual(u);
  });
});
