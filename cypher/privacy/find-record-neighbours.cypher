// Identifiers, devices and blocking keys that records touch: after the records go, the ones nobody else
// holds are deleted with them (erase-orphaned-nodes).
// params: $recordKeys
// returns: identifierKeys, deviceKeys, blockingKeys
MATCH (r:SourceRecord) WHERE r.recordKey IN $recordKeys
WITH collect(r) AS records
RETURN
  COLLECT { UNWIND records AS r MATCH (r)-[:HAS_IDENTIFIER]->(i:Identifier) RETURN DISTINCT i.key } AS identifierKeys,
  COLLECT { UNWIND records AS r MATCH (r)-[:SEEN_ON]->(d:Device) RETURN DISTINCT d.key } AS deviceKeys,
  COLLECT { UNWIND records AS r MATCH (r)-[:IN_BLOCK]->(b:BlockingKey) RETURN DISTINCT b.key } AS blockingKeys
