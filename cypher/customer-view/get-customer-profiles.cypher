// One round trip for the whole profile of each customer: records with attributes and provenance,
// identifiers and devices with their edges, links between the records, households, aliases. An absorbed id
// (MERGED alias) is followed to the surviving customer in the same statement, so a read by any id the caller
// holds costs one round trip.
// Only the attribute properties the profile shows leave the database (not matchFields, hashes or other
// working properties): $attributeProperties names them, and each comes back as a [name, value] pair.
// params: $customerIds (list of ids, active or absorbed), $attributeProperties (list of property names)
// returns: requestedId, customerId (the active id), profile (map); no row for an unknown id
UNWIND $customerIds AS requestedId
MATCH (requested:Customer {customerId: requestedId})
OPTIONAL MATCH (requested)-[:MERGED_INTO*1..20]->(survivor:Customer {status: 'ACTIVE'})
WITH requestedId, coalesce(survivor, requested) AS c
// Computed before the map: Neo4j rejects an aggregating subquery nested in a map with other projections.
WITH requestedId, c, COLLECT {
  // Memberships of the customer and its merged aliases, one per household (households/get-household's rule).
  MATCH (c)<-[:MERGED_INTO*0..20]-(:Customer)-[m:MEMBER_OF]->(h:Household)
  WITH h, m
  ORDER BY CASE m.status WHEN 'PROPOSED' THEN 1 ELSE 0 END,
           coalesce(m.decidedAt, m.updatedAt, datetime('1970-01-01T00:00:00Z')) DESC,
           CASE m.status WHEN 'REJECTED' THEN 0 ELSE 1 END
  WITH h, collect(m)[0] AS membership
  RETURN {householdId: h.householdId, status: membership.status, confidence: membership.confidence, signal: membership.signal}
} AS households
RETURN requestedId, c.customerId AS customerId, {
  customerId: c.customerId,
  status: c.status,
  createdAt: toString(c.createdAt),
  updatedAt: toString(c.updatedAt),
  aliases: COLLECT { MATCH (alias:Customer)-[:MERGED_INTO*1..20]->(c) RETURN alias.customerId },
  records: COLLECT {
    MATCH (r:SourceRecord)-[link:RESOLVES_TO]->(c)
    RETURN {
      recordKey: r.recordKey, source: r.source, sourceId: r.sourceId, banner: r.banner,
      observedAt: toString(r.observedAt), firstSeenAt: toString(r.firstSeenAt), attributes: [name IN $attributeProperties WHERE r[name] IS NOT NULL | [name, r[name]]],
      resolution: {confidence: link.confidence, method: link.method, signal: link.signal,
                   linkedAt: toString(link.linkedAt), jobId: link.jobId},
      identifiers: COLLECT {
        MATCH (r)-[h:HAS_IDENTIFIER]->(i:Identifier)
        RETURN {key: i.key, type: i.type, value: i.value, generic: i.generic, signal: h.signal, source: h.source,
                observedAt: toString(h.observedAt), verified: h.verified, field: h.field,
                line1: i.line1, line2: i.line2, city: i.city, state: i.state, zip5: i.zip5}
      },
      devices: COLLECT {
        MATCH (r)-[s:SEEN_ON]->(d:Device)
        RETURN {key: d.key, type: d.type, deviceId: d.deviceId, shared: d.shared, signal: s.signal, source: s.source,
                firstSeenAt: toString(s.firstSeenAt), lastSeenAt: toString(s.lastSeenAt)}
      },
      links: COLLECT {
        MATCH (r)-[x:LINKED_TO]-(other:SourceRecord)
        RETURN {otherRecordKey: other.recordKey, kind: x.kind, method: x.method, confidence: x.confidence,
                signal: x.signal, createdAt: toString(x.createdAt)}
      }
    } AS record ORDER BY record.recordKey
  },
  households: households
} AS profile
