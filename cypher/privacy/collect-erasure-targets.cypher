// Everything an erasure removes or must prove gone: the customer and its merged aliases, their records, and
// the identifiers, devices, blocking keys, households and relationships those touch. `exclusive` says no one
// else's record holds the identifier or device: only those are deleted and suppressed.
// params: $customerId (active id)
// returns: customerIds, records, identifiers, devices, blockingKeys, householdIds, relationshipIds
MATCH (c:Customer {customerId: $customerId})
WITH [c] + COLLECT { MATCH (a:Customer)-[:MERGED_INTO*1..20]->(c) RETURN a } AS customers
WITH customers, COLLECT { UNWIND customers AS cu MATCH (r:SourceRecord)-[:RESOLVES_TO]->(cu) RETURN DISTINCT r } AS records
RETURN
  [cu IN customers | cu.customerId] AS customerIds,
  [r IN records | {recordKey: r.recordKey, source: r.source, sourceId: r.sourceId, properties: properties(r)}] AS records,
  COLLECT {
    UNWIND records AS r MATCH (r)-[:HAS_IDENTIFIER]->(i:Identifier) WITH DISTINCT i, records
    RETURN {key: i.key, type: i.type, value: i.value, line1: i.line1,
            exclusive: NOT EXISTS { MATCH (i)<-[:HAS_IDENTIFIER]-(o:SourceRecord) WHERE NOT o IN records }}
  } AS identifiers,
  COLLECT {
    UNWIND records AS r MATCH (r)-[:SEEN_ON]->(d:Device) WITH DISTINCT d, records
    RETURN {key: d.key, deviceId: d.deviceId, exclusive: NOT EXISTS { MATCH (d)<-[:SEEN_ON]-(o:SourceRecord) WHERE NOT o IN records }}
  } AS devices,
  COLLECT { UNWIND records AS r MATCH (r)-[:IN_BLOCK]->(b:BlockingKey) RETURN DISTINCT b.key } AS blockingKeys,
  COLLECT { UNWIND customers AS cu MATCH (cu)-[:MEMBER_OF]->(h:Household) RETURN DISTINCT h.householdId } AS householdIds,
  COLLECT { UNWIND customers AS cu MATCH (cu)-[:PARTY_TO]->(x:Relationship) RETURN DISTINCT x.relationshipId } AS relationshipIds
