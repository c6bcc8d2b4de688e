// The lineage of a split: a customer made of records another customer held.
// params: $splits (list of {customerId, fromId, reason}), $now, $jobId
UNWIND $splits AS s
MATCH (c:Customer {customerId: s.customerId}), (from:Customer {customerId: s.fromId})
MERGE (c)-[x:SPLIT_FROM]->(from)
  ON CREATE SET x.at = datetime($now), x.jobId = $jobId, x.reason = s.reason
SET from.revision = coalesce(from.revision, 0) + 1, from.updatedAt = datetime($now)
