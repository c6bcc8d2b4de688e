// Erasure, step 1: the records with their change history; DETACH removes their identifier, device, resolution,
// link (LINKED_TO, NEVER_LINK) and blocking-key edges.
// params: $recordKeys
// returns: records (count)
MATCH (r:SourceRecord) WHERE r.recordKey IN $recordKeys
CALL (r) {
  OPTIONAL MATCH (r)-[:HAS_CHANGE]->(ch:RecordChange)
  DETACH DELETE ch
}
DETACH DELETE r
RETURN count(*) AS records
