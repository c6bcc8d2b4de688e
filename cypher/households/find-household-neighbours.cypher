// A value generic because several people hold it (a family inbox) is still household evidence; only
// values generic for their sheer number of holders (a store phone) are not.
// The customers a household could join each given customer with: those holding one of its non-generic
// household identifiers or personal (not shared) devices, and its co-members in existing households.
// A value held by $holderCountCap active customers or more is not followed (a store's address or phone).
// params: $customerIds, $identifierTypes (list), $holderCountCap
// returns: customerId, neighbourIds (list, the customer itself may be among them)
UNWIND $customerIds AS customerId
MATCH (c:Customer {customerId: customerId})
RETURN customerId,
       COLLECT {
         MATCH (c)<-[:RESOLVES_TO]-(:SourceRecord)-[:HAS_IDENTIFIER]->(i)
         WHERE i.type IN $identifierTypes AND coalesce(i.genericReason, '') <> 'too-many-holders'
         WITH DISTINCT i
         WITH COLLECT {
           MATCH (i)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(holder:Customer)
           WHERE holder.status = 'ACTIVE'
           RETURN DISTINCT holder.customerId LIMIT toInteger($holderCountCap)
         } AS holders
         WHERE size(holders) < $holderCountCap
         UNWIND holders AS id
         RETURN id
         UNION
         MATCH (c)<-[:RESOLVES_TO]-(:SourceRecord)-[:SEEN_ON]->(d:Device)
         WHERE NOT coalesce(d.shared, false)
         WITH DISTINCT d
         WITH COLLECT {
           MATCH (d)<-[:SEEN_ON]-(:SourceRecord)-[:RESOLVES_TO]->(holder:Customer)
           WHERE holder.status = 'ACTIVE'
           RETURN DISTINCT holder.customerId LIMIT toInteger($holderCountCap)
         } AS holders
         WHERE size(holders) < $holderCountCap
         UNWIND holders AS id
         RETURN id
         UNION
         // Co-members through merged aliases on either side, as the active customers they are now.
         MATCH (c)<-[:MERGED_INTO*0..20]-(:Customer)-[:MEMBER_OF]->(:Household)<-[:MEMBER_OF]-(holder:Customer)
         WITH coalesce(head(COLLECT { MATCH (holder)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), holder) AS member
         WHERE member.status = 'ACTIVE'
         RETURN member.customerId AS id
       } AS neighbourIds
