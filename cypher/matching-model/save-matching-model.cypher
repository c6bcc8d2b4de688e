// Stores a trained matching model and makes it the active one; earlier models stay for lineage and rollback.
// params: $version, $name, $trainedAt, $model (JSON), $thresholdProbability, $expectedPrecision, $recordCount, $now
MERGE (m:MatchingModel {version: $version})
  ON CREATE SET m.createdAt = datetime($now)
SET m.name = $name, m.trainedAt = datetime($trainedAt), m.model = $model,
    m.thresholdProbability = $thresholdProbability, m.expectedPrecision = $expectedPrecision,
    m.recordCount = $recordCount, m.active = true, m.activatedAt = datetime($now)
WITH m
OPTIONAL MATCH (other:MatchingModel) WHERE other.active AND other <> m
SET other.active = false
RETURN m.version AS version
