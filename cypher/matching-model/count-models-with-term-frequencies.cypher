// Stored matching models whose JSON still holds term-frequency tables (raw values of the tf columns, e.g. names):
// an erasure queues a retrain only when there is one.
// returns: models (count)
MATCH (m:MatchingModel)
WHERE m.model IS NOT NULL AND m.termFrequenciesRemovedAt IS NULL
RETURN count(m) AS models
