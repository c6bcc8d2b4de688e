// The household signals of active customers: family names on their records, household identifiers and
// personal devices with how many active customers hold each (counted up to $holderCountCap), and their
// existing MEMBER_OF edges with the CONFIRMED members of each household.
// params: $customerIds, $identifierTypes (list), $holderCountCap
// returns: customerId, familyNames, identifiers (list of {key, type, generic, holders}),
// (`generic` here: too many holders to be household evidence; a family inbox, generic for person links, is not)
//          devices (list of {key, holders}),
//          memberships (list of {householdId, status, confidence, evidenceSignals, evidenceKeys, confirmedMemberIds})
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
         MATCH (c)-[m:MEMBER_OF]->(h:Household)
         RETURN {householdId: h.householdId, status: m.status, confidence: m.confidence,
                 evidenceSignals: coalesce(m.evidenceSignals, []), evidenceKeys: coalesce(m.evidenceKeys, []),
                 confirmedMemberIds: COLLECT {
                   MATCH (h)<-[confirmed:MEMBER_OF]-(member:Customer)
                   WHERE confirmed.status = 'CONFIRMED'
                   RETURN member.customerId
                 }}
       } AS memberships
