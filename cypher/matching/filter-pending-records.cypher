// The records among some keys that still wait for matching (a retried ingest job hands over all its keys).
// params: $recordKeys
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
WHERE r.matchPending = true
RETURN r.recordKey AS recordKey
