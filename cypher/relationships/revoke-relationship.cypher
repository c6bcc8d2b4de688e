// Either party ends a PROPOSED or ACTIVE relationship: REVOKED, with who (the active id) and when. A party is
// the customer or one of its merged aliases. No row when the caller is not a party or it is already revoked.
// params: $relationshipId, $customerId (a party's active id), $now
// returns: relationship (map)
MATCH (:Customer {customerId: $customerId})<-[:MERGED_INTO*0..20]-(:Customer)-[:PARTY_TO]->(r:Relationship {relationshipId: $relationshipId})
WHERE r.status IN ['PROPOSED', 'ACTIVE']
WITH DISTINCT r
MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r)<-[:PARTY_TO {role: 'GRANTEE'}]-(e:Customer)
WITH r, coalesce(head(COLLECT { MATCH (g)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), g) AS grantor,
        coalesce(head(COLLECT { MATCH (e)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), e) AS grantee
SET r.status = 'REVOKED', r.revokedAt = datetime($now), r.revokedBy = $customerId, r.updatedAt = datetime($now)
RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
          revokedAt: toString(r.revokedAt), .revokedBy, grantorId: grantor.customerId, granteeId: grantee.customerId} AS relationship
