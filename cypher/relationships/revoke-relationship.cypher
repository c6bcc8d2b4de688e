// Either party ends a PROPOSED or ACTIVE relationship: REVOKED, with who and when. No row when the caller is
// not a party or it is already revoked.
// params: $relationshipId, $customerId (a party's active id), $now
// returns: relationship (map)
MATCH (:Customer {customerId: $customerId})-[:PARTY_TO]->(r:Relationship {relationshipId: $relationshipId})
WHERE r.status IN ['PROPOSED', 'ACTIVE']
MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r)<-[:PARTY_TO {role: 'GRANTEE'}]-(e:Customer)
SET r.status = 'REVOKED', r.revokedAt = datetime($now), r.revokedBy = $customerId, r.updatedAt = datetime($now)
RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
          revokedAt: toString(r.revokedAt), .revokedBy, grantorId: g.customerId, granteeId: e.customerId} AS relationship
