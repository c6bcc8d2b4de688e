// Replaces superseded models' JSON by the same JSON without term-frequency tables (null when it could not be
// read: then the JSON goes). Version, name, metrics, trainedAt and recordCount stay for lineage. Never the active model.
// params: $models (list of {version, model: JSON or null}), $now
// returns: stripped (count)
UNWIND $models AS s
MATCH (m:MatchingModel {version: s.version})
WHERE NOT coalesce(m.active, false)
SET m.model = s.model, m.termFrequenciesRemovedAt = datetime($now)
RETURN count(m) AS stripped
