// The state of a full matching run: its phase and where it stopped, so a restarted job resumes there.
// params: $runId, $state (map of phase, cursor, counts as JSON, status), $now
MERGE (run:MatchingRun {runId: $runId})
  ON CREATE SET run.startedAt = datetime($now)
SET run += $state, run.updatedAt = datetime($now)
