// A steward's split of a customer into groups of records: one decision, and a NEVER_LINK between every pair
// of records in different groups (so no later run joins the groups again, directly or through others).
// params: $decisionId, $customerId, $pairs (list of {fromKey, toKey}, sorted), $groups (JSON), $by, $reason, $now
CREATE (d:StewardDecision {decisionId: $decisionId, action: 'SPLIT', customerId: $customerId, groups: $groups,
                           by: $by, reason: $reason, at: datetime($now)})
WITH d
UNWIND $pairs AS p
MATCH (a:SourceRecord {recordKey: p.fromKey}), (b:SourceRecord {recordKey: p.toKey})
CALL (a, b) {
  OPTIONAL MATCH (a)-[x:LINKED_TO {kind: 'STEWARD'}]-(b)
  DELETE x
}
MERGE (a)-[n:NEVER_LINK]->(b)
SET n.decisionId = $decisionId, n.by = $by, n.reason = $reason, n.createdAt = datetime($now)
RETURN count(n) AS pairs
