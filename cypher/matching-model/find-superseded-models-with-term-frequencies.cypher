// Models other than the active one whose JSON still holds term-frequency tables, to be stripped of them.
// params: $version (the model just made active)
// returns: version, model (JSON)
MATCH (m:MatchingModel)
WHERE m.version <> $version AND NOT coalesce(m.active, false)
  AND m.model IS NOT NULL AND m.termFrequenciesRemovedAt IS NULL
RETURN m.version AS version, m.model AS model
ORDER BY version
