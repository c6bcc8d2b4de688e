/** The jobs of the matching queue. Record keys are pseudonymous ids, so jobs carry no PII. */
export type MatchJobData =
  /** Incremental: match these records; `onlyPending` skips records already matched (a retried hand-over). */
  | { kind: 'records'; recordKeys: string[]; onlyPending?: boolean }
  /** Re-match everything under the active model; resumable by run id. */
  | { kind: 'full'; runId: string }
  /** Train a model on the graph's records and make it active. */
  | { kind: 'train'; sampleLimit?: number }
  /** Propose households again around customers a matching job changed (kept out of the matching job's latency). */
  | { kind: 'households'; customerIds: string[] };

export const MATCH_JOB_NAMES: Record<MatchJobData['kind'], string> = {
  records: 'match-records',
  full: 'full-run',
  train: 'train-model',
  households: 'detect-households',
};
