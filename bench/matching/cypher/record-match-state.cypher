// The matching state of one record: the queue end-to-end measurement polls it until the matching job
// handed this record's ingest job has cleared matchPending.
// params: $recordKey
MATCH (r:SourceRecord {recordKey: $recordKey})
RETURN r.matchPending AS matchPending, r.matchedJobId AS matchedJobId
