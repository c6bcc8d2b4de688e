// The grantee accepts a PROPOSED relationship: it becomes ACTIVE. No row when the caller is not its grantee
// or it is no longer PROPOSED (the check the API made before is repeated here, so a race cannot slip through).
// params: $relationshipId, $customerId (the grantee's active id), $now
// returns: relationship (map)
MATCH (e:Customer {customerId: $customerId})-[p:PARTY_TO {role: 'GRANTEE'}]->(r:Relationship {relationshipId: $relationshipId})
WHERE r.status = 'PROPOSED'
MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r)
SET p.agreedAt = datetime($now), r.status = 'ACTIVE', r.acceptedAt = datetime($now), r.updatedAt = datetime($now)
RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
          revokedAt: null, revokedBy: null, grantorId: g.customerId, granteeId: e.customerId} AS relationship
