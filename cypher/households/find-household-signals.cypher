// The household signals of active customers: family names on their records, household identifiers and
// personal devices with how many active customers hold each (counted up to $holderCountCap), and their
// existing MEMBER_OF edges with the CONFIRMED members of each household.
// params: $customerIds, $identifierTypes (list), $holderCountCap
// returns: customerId, familyNames, identifiers (list of {key, type, generic, holders}),
// (`generic` here: too many holders to be household evidence; a family inbox, generic for person links, is not)
//          devices (list of {key, holders}),
//          memberships (list of {householdId, status, confidence, evidenceSignals, evidenceKeys, confirmedMemberIds};
//          merged aliases' memberships included, member ids resolved to active customers)
UNWIND $customerIds AS customerId
MATCH (c:Customer {customerId: customerId})
WHERE c.status = 'ACTIVE'
RETURN customerId,
       COLLECT {
         MATCH (c)<-[:RESOLVES_TO]-(r:SourceRecord)
         WHERE r.familyName IS NOT NULL
         RETURN DISTINCT r.familyName
       } AS familyNames,
       COLLECT {
         MATCH (c)<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(i)
         WHERE i.type IN $identifierTypes
         WITH DISTINCT i
         RETURN {key: i.key, type: i.type, generic: coalesce(i.genericReason, '') = 'too-many-holders',
                 holders: size(COLLECT {
                   MATCH (i)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(holder:Customer)
                   WHERE holder.status = 'ACTIVE'
                   RETURN DISTINCT holder.customerId LIMIT toInteger($holderCountCap)
                 })}
       } AS identifiers,
       COLLECT {
         MATCH (c)<-[:RESOLVES_TO]-(:SourceRecord)-[:SEEN_ON]->(d:Device)
         WHERE NOT coalesce(d.shared, false)
         WITH DISTINCT d
         RETURN {key: d.key,
                 holders: size(COLLECT {
                   MATCH (d)<-[:SEEN_ON]-(:SourceRecord)-[:RESOLVES_TO]->(holder:Customer)
                   WHERE holder.status = 'ACTIVE'
                   RETURN DISTINCT holder.customerId LIMIT toInteger($holderCountCap)
                 })}
       } AS devices,
       COLLECT {
         // The customer's memberships with those of its merged aliases, one per household: an answer given
         // under an alias id counts (a REJECTED one is never proposed again), as households/get-household.
         MATCH (c)<-[:MERGED_INTO*0..20]-(:Customer)-[m:MEMBER_OF]->(h:Household)
         WITH h, m
         ORDER BY CASE m.status WHEN 'PROPOSED' THEN 1 ELSE 0 END,
                  coalesce(m.decidedAt, m.updatedAt, datetime('1970-01-01T00:00:00Z')) DESC,
                  CASE m.status WHEN 'REJECTED' THEN 0 ELSE 1 END
         WITH h, collect(m)[0] AS membership
         RETURN {householdId: h.householdId, status: membership.status, confidence: membership.confidence,
                 evidenceSignals: coalesce(membership.evidenceSignals, []), evidenceKeys: coalesce(membership.evidenceKeys, []),
                 confirmedMemberIds: COLLECT {
                   // Active customers whose effective membership here is CONFIRMED: a CONFIRMED edge under one of
                   // their ids with no REJECTED one as recent or later under another.
                   MATCH (h)<-[confirmed:MEMBER_OF {status: 'CONFIRMED'}]-(holder:Customer)
                   WITH confirmed, coalesce(head(COLLECT { MATCH (holder)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), holder) AS member
                   WHERE NOT EXISTS {
                     MATCH (member)<-[:MERGED_INTO*0..20]-(:Customer)-[rejected:MEMBER_OF {status: 'REJECTED'}]->(h)
                     WHERE coalesce(rejected.decidedAt, rejected.updatedAt, datetime('1970-01-01T00:00:00Z'))
                           >= coalesce(confirmed.decidedAt, confirmed.updatedAt, datetime('1970-01-01T00:00:00Z'))
                   }
                   RETURN DISTINCT member.customerId
                 }}
       } AS memberships
