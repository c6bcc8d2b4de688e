// Retention: records of the given sources their source has not changed since the cut-off (observedAt).
// params: $sources (list), $before (ISO datetime), $limit
// returns: recordKey
MATCH (r:SourceRecord)
WHERE r.source IN $sources AND r.observedAt < datetime($before)
RETURN r.recordKey AS recordKey
LIMIT toInteger($limit)
