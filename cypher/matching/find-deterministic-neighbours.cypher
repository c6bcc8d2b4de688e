// For each record, the other records that share a linking identifier with it, and their customers.
// An identifier links deterministically when its type is strong and both sides state it EXPLICITly, or it
// is an email both sides verified. Generic values (marked by the over-merge guard) never link.
// params: $recordKeys, $strongTypes (list), $verifiedTypes (list)
// returns: recordKey, customerId (own, or null), customerCreatedAt, givenName, customerGivenNames, blockedCustomerIds,
//          neighbours (list of {recordKey, customerId, customerCreatedAt, identifierType, identifierKey, givenName, customerGivenNames,
//          blockedCustomerIds})
// The given names of each customer's records feed the over-merge guard; blockedCustomerIds are the customers
// holding records a steward said never to link with one of this customer's records.
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(own:Customer)
RETURN recordKey,
       own.customerId AS customerId,
       toString(own.createdAt) AS customerCreatedAt,
       r.givenName AS givenName,
       COLLECT { MATCH (own)<-[:RESOLVES_TO]-(m:SourceRecord) WHERE m.givenName IS NOT NULL RETURN DISTINCT m.givenName } AS customerGivenNames,
       COLLECT { MATCH (own)<-[:RESOLVES_TO]-(:SourceRecord)-[:NEVER_LINK]-(:SourceRecord)-[:RESOLVES_TO]->(x:Customer) RETURN DISTINCT x.customerId } AS blockedCustomerIds,
       COLLECT {
         // Expand from the bound record: with a label on `i` the planner may start from the
         // Identifier(type) index and read every strong identifier in the graph for each input row.
         MATCH (r)-[h:HAS_IDENTIFIER]->(i)
         WITH r, h, i
         WHERE NOT coalesce(i.generic, false)
           AND ((i.type IN $strongTypes AND h.signal = 'EXPLICIT') OR (i.type IN $verifiedTypes AND h.verified))
         MATCH (i)<-[h2:HAS_IDENTIFIER]-(other:SourceRecord)
         WHERE other <> r
           AND ((i.type IN $strongTypes AND h.signal = 'EXPLICIT' AND h2.signal = 'EXPLICIT')
             OR (i.type IN $verifiedTypes AND h.verified AND h2.verified))
         OPTIONAL MATCH (other)-[:RESOLVES_TO]->(oc:Customer)
         RETURN {recordKey: other.recordKey, customerId: oc.customerId, customerCreatedAt: toString(oc.createdAt),
                 identifierType: i.type, identifierKey: i.key, givenName: other.givenName,
                 customerGivenNames: COLLECT { MATCH (oc)<-[:RESOLVES_TO]-(m:SourceRecord) WHERE m.givenName IS NOT NULL RETURN DISTINCT m.givenName },
                 blockedCustomerIds: COLLECT { MATCH (oc)<-[:RESOLVES_TO]-(:SourceRecord)-[:NEVER_LINK]-(:SourceRecord)-[:RESOLVES_TO]->(x:Customer) RETURN DISTINCT x.customerId }} AS neighbour
       } AS neighbours
