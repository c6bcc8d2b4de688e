// A full matching run's saved state.
// params: $runId
MATCH (run:MatchingRun {runId: $runId})
RETURN run.phase AS phase, run.cursor AS cursor, run.counts AS counts, run.status AS status,
       run.modelVersion AS modelVersion, toString(run.startedAt) AS startedAt
