// One relationship with its two parties, each shown as the active customer it resolves to (a party id that was
// merged away follows MERGED_INTO), so callers compare them with a token's active customer id.
// params: $relationshipId
// returns: relationship (map)
MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r:Relationship {relationshipId: $relationshipId})<-[:PARTY_TO {role: 'GRANTEE'}]-(e:Customer)
WITH r, coalesce(head(COLLECT { MATCH (g)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), g) AS grantor,
        coalesce(head(COLLECT { MATCH (e)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), e) AS grantee
RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
          revokedAt: toString(r.revokedAt), .revokedBy, grantorId: grantor.customerId, granteeId: grantee.customerId} AS relationship
