// Access export: everything the graph holds about a customer and its merged aliases, with provenance: records
// (every property), identifiers and devices with the edges that attach them, links and never-links, change
// history, resolution, households, relationships, splits, consents and opt-out signals.
// params: $customerId (active id)
// returns: export (map)
MATCH (c:Customer {customerId: $customerId})
WITH c, [c] + COLLECT { MATCH (a:Customer)-[:MERGED_INTO*1..20]->(c) RETURN a } AS customers
RETURN {
  customer: properties(c),
  aliases: [a IN customers WHERE a <> c | properties(a)],
  splits: COLLECT { UNWIND customers AS cu MATCH (cu)-[s:SPLIT_FROM]-(o:Customer) RETURN {edge: properties(s), otherCustomerId: o.customerId, direction: CASE WHEN startNode(s) = cu THEN 'out' ELSE 'in' END} },
  records: COLLECT {
    UNWIND customers AS cu
    MATCH (r:SourceRecord)-[res:RESOLVES_TO]->(cu)
    RETURN {
      record: properties(r),
      resolution: properties(res),
      identifiers: COLLECT { MATCH (r)-[h:HAS_IDENTIFIER]->(i:Identifier) RETURN {identifier: properties(i), claim: properties(h)} },
      devices: COLLECT { MATCH (r)-[s:SEEN_ON]->(d:Device) RETURN {device: properties(d), sighting: properties(s)} },
      links: COLLECT { MATCH (r)-[x:LINKED_TO]-(o:SourceRecord) RETURN {otherRecordKey: o.recordKey, link: properties(x)} },
      neverLinks: COLLECT { MATCH (r)-[x:NEVER_LINK]-(o:SourceRecord) RETURN {otherRecordKey: o.recordKey, decision: properties(x)} },
      changes: COLLECT { MATCH (r)-[:HAS_CHANGE]->(ch:RecordChange) RETURN properties(ch) }
    }
  },
  households: COLLECT { UNWIND customers AS cu MATCH (cu)-[m:MEMBER_OF]->(h:Household) RETURN {household: properties(h), membership: properties(m)} },
  relationships: COLLECT { UNWIND customers AS cu MATCH (cu)-[p:PARTY_TO]->(x:Relationship) RETURN {relationship: properties(x), party: properties(p)} },
  consents: COLLECT { UNWIND customers AS cu MATCH (cu)-[:GAVE_CONSENT]->(k:Consent) RETURN k {.*, customerId: cu.customerId} },
  signals: COLLECT { UNWIND customers AS cu MATCH (cu)-[:SENT_SIGNAL]->(s:OptOutSignal) RETURN s {.*, customerId: cu.customerId} }
} AS export
