// One relationship with its two parties.
// params: $relationshipId
// returns: relationship (map)
MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r:Relationship {relationshipId: $relationshipId})<-[:PARTY_TO {role: 'GRANTEE'}]-(e:Customer)
RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
          revokedAt: toString(r.revokedAt), .revokedBy, grantorId: g.customerId, granteeId: e.customerId} AS relationship
