// Records whose matching job failed for good: no longer pending (so the sweeper does not loop on them), with
// the error code; the failed job stays in the queue's failed set for a retry once the cause is fixed.
// params: $recordKeys, $code, $jobId, $now
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
SET r.matchPending = false, r.matchFailedCode = $code, r.matchFailedJobId = $jobId, r.matchFailedAt = datetime($now)
