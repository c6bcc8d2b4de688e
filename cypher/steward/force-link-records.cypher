// A steward's "these two records are one customer": recorded as a decision (who, when, why), and as a
// STEWARD link every later clustering joins first. It replaces an earlier never-link between the two.
// params: $decisionId, $fromKey, $toKey (sorted), $by, $reason, $now
MATCH (a:SourceRecord {recordKey: $fromKey}), (b:SourceRecord {recordKey: $toKey})
CREATE (d:StewardDecision {decisionId: $decisionId, action: 'FORCE_LINK', by: $by, reason: $reason,
                           at: datetime($now), recordKeys: [$fromKey, $toKey]})
WITH a, b, d
CALL (a, b) {
  OPTIONAL MATCH (a)-[n:NEVER_LINK]-(b)
  DELETE n
}
MERGE (a)-[x:LINKED_TO {kind: 'STEWARD'}]->(b)
SET x.method = 'steward_force_link', x.signal = 'EXPLICIT', x.confidence = 1.0, x.decisionId = $decisionId,
    x.by = $by, x.reason = $reason, x.createdAt = datetime($now)
RETURN d.decisionId AS decisionId
