// Stores a trained matching model and makes it the active one; earlier models stay for lineage (the store then strips
// their term-frequency tables: strip-superseded-models). Saving a stripped model's version again restores its JSON.
// params: $version, $name, $trainedAt, $model (JSON), $thresholdProbability, $expectedPrecision, $recordCount, $now
MERGE (m:MatchingModel {version: $version})
  ON CREATE SET m.createdAt = datetime($now)
SET m.name = $name, m.trainedAt = datetime($trainedAt), m.model = $model,
    m.thresholdProbability = $thresholdProbability, m.expectedPrecision = $expectedPrecision,
    m.recordCount = $recordCount, m.active = true, m.activatedAt = datetime($now)
REMOVE m.termFrequenciesRemovedAt
WITH m
OPTIONAL MATCH (other:MatchingModel) WHERE other.active AND other <> m
SET other.active = false
RETURN m.version AS version
