import { MatchRecord, valuesOf } from '../records/match-record';
import { ComparisonSpec, levelLabels } from '../settings/comparison-schema';
import { compileLevel, PairPredicate } from './level-predicates';

/** A comparison ready to run: gives a pair's level index (0 = null, last = else). */
export interface CompiledComparison {
  name: string;
  column: string;
  labels: string[];
  /** Per level: the column whose shared value a term-frequency adjustment looks up, when the level has tf. */
  tfColumns: (string | null)[];
  levelOf(left: MatchRecord, right: MatchRecord): number;
}

export function compileComparison(spec: ComparisonSpec): CompiledComparison {
  const tests: (PairPredicate | null)[] = spec.levels.map((level) =>
    level.kind === 'null' || level.kind === 'else' ? null : compileLevel(level, spec.column),
  );
  const last = spec.levels.length - 1;
  return {
    name: spec.name,
    column: spec.column,
    labels: levelLabels(spec),
    tfColumns: spec.levels.map((level) => (level.kind === 'exact' && level.tf === true ? (level.column ?? spec.column) : null)),
    levelOf(left, right) {
      if (valuesOf(left, spec.column).length === 0 || valuesOf(right, spec.column).length === 0) return 0;
      for (let i = 1; i < last; i++) if (tests[i]?.(left, right) === true) return i;
      return last;
    },
  };
}

export function compileComparisons(specs: readonly ComparisonSpec[]): CompiledComparison[] {
  return specs.map(compileComparison);
}

/** The comparison vector (gamma) of a pair: one level index per comparison. */
export function comparisonVector(comparisons: readonly CompiledComparison[], left: MatchRecord, right: MatchRecord): number[] {
  return comparisons.map((c) => c.levelOf(left, right));
}

/** The value both records share in a column (the rarest-looking is not chosen: the first found). */
export function sharedValue(left: MatchRecord, right: MatchRecord, column: string): string | null {
  const rightValues = valuesOf(right, column);
  for (const value of valuesOf(left, column)) if (rightValues.includes(value)) return value;
  return null;
}
