// Every relationship of each customer (either side, any status), newest first, in one round trip per request.
// params: $customerIds
// returns: customerId, relationships (list of maps)
UNWIND $customerIds AS customerId
RETURN customerId, COLLECT {
  MATCH (:Customer {customerId: customerId})-[:PARTY_TO]->(r:Relationship)
  MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r)<-[:PARTY_TO {role: 'GRANTEE'}]-(e:Customer)
  RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
            revokedAt: toString(r.revokedAt), .revokedBy, grantorId: g.customerId, granteeId: e.customerId} AS relationship
  ORDER BY r.proposedAt DESC, r.relationshipId
} AS relationships
