import type { EvaluationResult } from './evaluate-dataset';

const COLUMNS = [
  'set',
  'records',
  'true pairs',
  'candidate pairs',
  'blocking recall',
  'P',
  'R',
  'F1',
  'cluster-pair P/R/F1',
  'B3 P',
  'B3 R',
  'B3 F1',
  'threshold (est. precision)',
  'training',
  'scoring',
] as const;

const num = (x: number): string => x.toFixed(4);
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** One row per evaluated set: pairwise metrics of the links, cluster-level B-cubed, threshold and timings. */
export function evaluationRow(r: EvaluationResult): string[] {
  return [
    r.name,
    String(r.records),
    String(r.truePairs),
    String(r.candidatePairs),
    num(r.blockingRecall),
    num(r.links.precision),
    num(r.links.recall),
    num(r.links.f1),
    `${num(r.clusterPairs.precision)} / ${num(r.clusterPairs.recall)} / ${num(r.clusterPairs.f1)}`,
    num(r.bcubed.precision),
    num(r.bcubed.recall),
    num(r.bcubed.f1),
    `${r.model.threshold.probability.toFixed(3)} (${num(r.model.threshold.estimatedPrecision)})`,
    secs(r.trainingMs),
    secs(r.scoringMs),
  ];
}

/** A Markdown table (it reads in a terminal too). */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(COLUMNS), line(COLUMNS.map(() => '---')), ...rows.map(line)].join('\n');
}
