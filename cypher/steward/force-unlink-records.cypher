// A steward's "these two records are never one customer": recorded as a decision, and as a NEVER_LINK edge
// that every later clustering and the ingest-time deterministic rules respect. It removes an earlier force-link.
// params: $decisionId, $fromKey, $toKey (sorted), $by, $reason, $now
MATCH (a:SourceRecord {recordKey: $fromKey}), (b:SourceRecord {recordKey: $toKey})
CREATE (d:StewardDecision {decisionId: $decisionId, action: 'FORCE_UNLINK', by: $by, reason: $reason,
                           at: datetime($now), recordKeys: [$fromKey, $toKey]})
WITH a, b, d
CALL (a, b) {
  OPTIONAL MATCH (a)-[x:LINKED_TO {kind: 'STEWARD'}]-(b)
  DELETE x
}
MERGE (a)-[n:NEVER_LINK]->(b)
SET n.decisionId = $decisionId, n.by = $by, n.reason = $reason, n.createdAt = datetime($now)
RETURN d.decisionId AS decisionId
