import type { ComparisonParameters, ModelThreshold } from '../model/trained-model';
import { weightFromProbability } from '../scoring/pair-scorer';

/** Parameters set by hand: they win over what training estimated. */
export interface ParameterOverrides {
  lambda?: number;
  levels?: { comparison: string; level: string | number; m?: number; u?: number }[];
  /** A link threshold chosen by hand (probability). */
  thresholdProbability?: number;
}

export interface OverrideResult {
  lambda: number;
  comparisons: ComparisonParameters[];
  applied: string[];
}

/** Applies overrides to estimated parameters; an override naming an unknown comparison or level throws. */
export function applyParameterOverrides(lambda: number, comparisons: readonly ComparisonParameters[], overrides: ParameterOverrides): OverrideResult {
  const applied: string[] = [];
  const out = comparisons.map((c) => ({ name: c.name, levels: c.levels.map((l) => ({ ...l })) }));
  let prior = lambda;
  if (overrides.lambda !== undefined) {
    if (!(overrides.lambda > 0 && overrides.lambda < 1)) throw new Error('lambda must be between 0 and 1');
    prior = overrides.lambda;
    applied.push(`lambda=${String(overrides.lambda)}`);
  }
  for (const o of overrides.levels ?? []) {
    const comparison = out.find((c) => c.name === o.comparison);
    if (comparison === undefined) throw new Error(`no comparison named ${o.comparison}`);
    const index = typeof o.level === 'number' ? o.level : comparison.levels.findIndex((l) => l.label === o.level);
    const level = comparison.levels[index];
    if (level === undefined || index === 0) throw new Error(`comparison ${o.comparison} has no level ${String(o.level)} to override`);
    for (const [key, value] of [['m', o.m] as const, ['u', o.u] as const]) {
      if (value === undefined) continue;
      if (!(value > 0 && value <= 1)) throw new Error(`${key} must be in (0, 1]`);
      level[key] = value;
      applied.push(`${o.comparison}/${level.label}: ${key}=${String(value)}`);
    }
  }
  return { lambda: prior, comparisons: out, applied };
}

/** A threshold set by hand, keeping the estimates it replaces for reference. */
export function manualThreshold(probability: number, estimated: ModelThreshold): ModelThreshold {
  if (!(probability > 0 && probability < 1)) throw new Error('threshold probability must be between 0 and 1');
  return { ...estimated, probability, matchWeight: weightFromProbability(probability), source: 'manual' };
}
