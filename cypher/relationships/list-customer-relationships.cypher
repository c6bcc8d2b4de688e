// Every relationship of each customer (either side, any status), newest first, in one round trip per request.
// Relationships made under a merged alias id are the customer's too; parties are shown as the active
// customers they resolve to (MERGED_INTO), so both may be the same customer after a merge: such a relationship
// is listed with its status unchanged and grants nothing (relationships/find-relationship-permissions).
// params: $customerIds (active ids)
// returns: customerId, relationships (list of maps)
UNWIND $customerIds AS customerId
RETURN customerId, COLLECT {
  MATCH (:Customer {customerId: customerId})<-[:MERGED_INTO*0..20]-(:Customer)-[:PARTY_TO]->(r:Relationship)
  WITH DISTINCT r
  MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r)<-[:PARTY_TO {role: 'GRANTEE'}]-(e:Customer)
  WITH r, coalesce(head(COLLECT { MATCH (g)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), g) AS grantor,
          coalesce(head(COLLECT { MATCH (e)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), e) AS grantee
  RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
            revokedAt: toString(r.revokedAt), .revokedBy, grantorId: grantor.customerId, granteeId: grantee.customerId} AS relationship
  ORDER BY r.proposedAt DESC, r.relationshipId
} AS relationships
