// One traversal from a customer to everything a scoped view may use: records of the scope's sources with
// their link confidence, attributes (properties), identifiers and devices with provenance, links between the
// records, CONFIRMED household memberships only (its own and its aliases'), aliases, and the consents and opt-out signals of the customer
// and its aliases. Records of other sources are never read. The policy engine decides field by field after.
// params: $customerId (active id), $sources (list of source systems the scope accepts),
//         $attributeProperties (the record properties a profile shows; see get-customer-profiles)
// returns: profile (map, shaped like get-customer-profiles), consents (list of maps), signals (list of maps)
MATCH (c:Customer {customerId: $customerId})
WITH c, COLLECT { MATCH (alias:Customer)-[:MERGED_INTO*1..20]->(c) RETURN alias } AS aliasNodes
// Computed before the map: Neo4j rejects an aggregating subquery nested in a map with other projections.
WITH c, aliasNodes, COLLECT {
  // Memberships of the customer and its aliases, one per household (households/get-household's rule):
  // a household confirmed under an alias id shows under this id, once; a later or tied REJECTED hides it.
  MATCH (owner:Customer)-[m:MEMBER_OF]->(h:Household) WHERE owner = c OR owner IN aliasNodes
  WITH h, m
  ORDER BY CASE m.status WHEN 'PROPOSED' THEN 1 ELSE 0 END,
           coalesce(m.decidedAt, m.updatedAt, datetime('1970-01-01T00:00:00Z')) DESC,
           CASE m.status WHEN 'REJECTED' THEN 0 ELSE 1 END
  WITH h, collect(m)[0] AS membership
  WHERE membership.status = 'CONFIRMED'
  RETURN {householdId: h.householdId, status: membership.status, confidence: membership.confidence, signal: coalesce(membership.signal, 'EXPLICIT')}
} AS households
RETURN {
  customerId: c.customerId,
  status: c.status,
  createdAt: toString(c.createdAt),
  aliases: [a IN aliasNodes | a.customerId],
  records: COLLECT {
    MATCH (r:SourceRecord)-[link:RESOLVES_TO]->(c)
    WHERE r.source IN $sources
    RETURN {
      recordKey: r.recordKey, source: r.source, sourceId: r.sourceId, banner: r.banner,
      observedAt: toString(r.observedAt), firstSeenAt: toString(r.firstSeenAt), attributes: [name IN $attributeProperties WHERE r[name] IS NOT NULL | [name, r[name]]],
      resolution: {confidence: link.confidence, method: link.method, signal: link.signal, linkedAt: toString(link.linkedAt)},
      identifiers: COLLECT {
        MATCH (r)-[h:HAS_IDENTIFIER]->(i:Identifier)
        RETURN {type: i.type, value: i.value, generic: i.generic, signal: h.signal, source: h.source,
                observedAt: toString(h.observedAt), verified: h.verified, field: h.field,
                line1: i.line1, line2: i.line2, city: i.city, state: i.state, zip5: i.zip5}
      },
      devices: COLLECT {
        MATCH (r)-[s:SEEN_ON]->(d:Device)
        RETURN {type: d.type, deviceId: d.deviceId, shared: d.shared, signal: s.signal, source: s.source,
                firstSeenAt: toString(s.firstSeenAt), lastSeenAt: toString(s.lastSeenAt)}
      },
      links: COLLECT {
        MATCH (r)-[x:LINKED_TO]-(other:SourceRecord)-[:RESOLVES_TO]->(c)
        WHERE other.source IN $sources
        RETURN {otherRecordKey: other.recordKey, kind: x.kind, method: x.method,
                confidence: coalesce(x.confidence, x.probability, 0.0), signal: coalesce(x.signal, 'INFERRED')}
      }
    } AS record ORDER BY record.recordKey
  },
  households: households
} AS profile,
COLLECT {
  MATCH (owner:Customer)-[:GAVE_CONSENT]->(k:Consent) WHERE owner = c OR owner IN aliasNodes
  RETURN k {.*, customerId: owner.customerId}
} AS consents,
COLLECT {
  MATCH (owner:Customer)-[:SENT_SIGNAL]->(s:OptOutSignal) WHERE owner = c OR owner IN aliasNodes
  RETURN s {.*, customerId: owner.customerId}
} AS signals
