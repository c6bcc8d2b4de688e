// The model the matcher scores with.
// returns: version, model (JSON), or no row when none was trained
MATCH (m:MatchingModel) WHERE m.active
RETURN m.version AS version, m.model AS model
ORDER BY m.activatedAt DESC
LIMIT 1
