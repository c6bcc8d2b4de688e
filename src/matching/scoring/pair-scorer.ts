import { compileComparisons, CompiledComparison, sharedValue } from '../comparisons/compile-comparison';
import type { ComparisonParameters, TrainedModel } from '../model/trained-model';
import type { MatchRecord } from '../records/match-record';
import type { TermFrequencyTable } from '../training/term-frequencies';
import { termFrequency } from '../training/term-frequencies';
import { log2, max } from '../numeric';

/** What a scorer needs: a trained model, or parameters still being trained. */
export type ScoringParameters = Pick<TrainedModel, 'settings' | 'lambda' | 'comparisons' | 'termFrequencies'>;

/** One comparison's part of a pair's score: a bar of the waterfall. */
export interface Contribution {
  comparison: string;
  level: number;
  label: string;
  m: number | null;
  u: number | null;
  /** m / u of the level (1 for null). */
  bayesFactor: number;
  /** The term-frequency adjustment u / tf(shared value) (1 when the level has none). */
  tfBayesFactor: number;
  /** log2 of both factors together. */
  log2Weight: number;
}

export interface PairScore {
  /** log2 of the posterior odds: the prior's weight plus every contribution's. */
  matchWeight: number;
  probability: number;
  priorLog2Weight: number;
  contributions: Contribution[];
}

const FLOOR = 1e-12;

export function probabilityFromWeight(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

export function weightFromProbability(probability: number): number {
  return log2(probability / (1 - probability));
}

/** Scores pairs under a Fellegi-Sunter model: match weight = log2 prior odds + sum of log2 Bayes factors. */
export class PairScorer {
  readonly comparisons: CompiledComparison[];
  readonly priorLog2Weight: number;
  private readonly levelWeights: number[][];
  private readonly tables: (TermFrequencyTable | undefined)[][];

  constructor(private readonly params: ScoringParameters) {
    this.comparisons = compileComparisons(params.settings.comparisons);
    this.priorLog2Weight = log2(params.lambda / (1 - params.lambda));
    this.levelWeights = this.comparisons.map((_, c) => levelsOf(params.comparisons, c).map((l) => log2(bayesFactor(l.m, l.u))));
    this.tables = this.comparisons.map((comparison) =>
      comparison.tfColumns.map((column) => (column === null ? undefined : params.termFrequencies[column])),
    );
  }

  vector(left: MatchRecord, right: MatchRecord): number[] {
    return this.comparisons.map((c) => c.levelOf(left, right));
  }

  /** The match weight of a pair whose comparison vector is known. */
  weightOfVector(gamma: readonly number[], left: MatchRecord, right: MatchRecord): number {
    let weight = this.priorLog2Weight;
    gamma.forEach((level, c) => {
      weight += this.levelWeights[c]?.[level] ?? 0;
      weight += log2(this.tfFactor(c, level, left, right));
    });
    return weight;
  }

  weight(left: MatchRecord, right: MatchRecord): number {
    return this.weightOfVector(this.vector(left, right), left, right);
  }

  /** The full breakdown of a pair's score. */
  explain(left: MatchRecord, right: MatchRecord): PairScore {
    const contributions = this.vector(left, right).map((level, c): Contribution => {
      const parameters = levelsOf(this.params.comparisons, c)[level];
      const m = parameters?.m ?? null;
      const u = parameters?.u ?? null;
      const bf = bayesFactor(m, u);
      const tf = this.tfFactor(c, level, left, right);
      return {
        comparison: this.comparisons[c]?.name ?? String(c),
        level,
        label: this.comparisons[c]?.labels[level] ?? String(level),
        m,
        u,
        bayesFactor: bf,
        tfBayesFactor: tf,
        log2Weight: log2(bf) + log2(tf),
      };
    });
    const matchWeight = contributions.reduce((sum, c) => sum + c.log2Weight, this.priorLog2Weight);
    return { matchWeight, probability: probabilityFromWeight(matchWeight), priorLog2Weight: this.priorLog2Weight, contributions };
  }

  /**
   * The term-frequency factor of an exact level: agreeing on a rare value is stronger evidence than on a
   * common one. The level's u (its share among random pairs, the average over values) is replaced by the
   * shared value's own frequency: factor u / tf. Unknown values keep the plain level.
   */
  private tfFactor(c: number, level: number, left: MatchRecord, right: MatchRecord): number {
    const table = this.tables[c]?.[level];
    const column = this.comparisons[c]?.tfColumns[level];
    if (table === undefined || column === null || column === undefined) return 1;
    const value = sharedValue(left, right, column);
    if (value === null) return 1;
    const tf = termFrequency(table, value);
    const u = levelsOf(this.params.comparisons, c)[level]?.u ?? null;
    if (tf === null || u === null) return 1;
    return max(u, FLOOR) / max(tf, FLOOR);
  }
}

function levelsOf(comparisons: readonly ComparisonParameters[], c: number): ComparisonParameters['levels'] {
  return comparisons[c]?.levels ?? [];
}

function bayesFactor(m: number | null, u: number | null): number {
  if (m === null || u === null) return 1;
  return max(m, FLOOR) / max(u, FLOOR);
}
