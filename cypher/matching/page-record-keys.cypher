// One page of record keys in key order, for resumable full runs: the next page starts after the last key.
// params: $after (string, '' for the first page), $limit
MATCH (r:SourceRecord) WHERE r.recordKey > $after
RETURN r.recordKey AS recordKey
ORDER BY r.recordKey
LIMIT toInteger($limit)
