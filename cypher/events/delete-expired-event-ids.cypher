// Deletes one page of expired event ids (past the retention window, a replayed event counts again).
// params: $now (ISO), $limit
// returns: deleted
MATCH (e:EventId)
WHERE e.expiresAt < $now
WITH e LIMIT toInteger($limit)
DELETE e
RETURN count(*) AS deleted
