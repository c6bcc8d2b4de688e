// Records written but not yet matched: what a crashed or stopped matcher left behind.
// params: $limit
MATCH (r:SourceRecord) WHERE r.matchPending = true
RETURN r.recordKey AS recordKey
LIMIT toInteger($limit)
