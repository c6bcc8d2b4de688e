// Records a matching job has compared and clustered, with the model it used (null: deterministic rules only).
// params: $recordKeys, $modelVersion, $now, $jobId
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
SET r.matchPending = false, r.matchedAt = datetime($now), r.matchedModel = $modelVersion, r.matchedJobId = $jobId
