// A customer (grantor) proposes a relationship to another (grantee): PROPOSED until the grantee accepts.
// The grantor agrees by proposing. No row when either customer is not active.
// params: $relationshipId, $grantorId, $granteeId, $kind, $permissions (list), $now
// returns: relationship (map)
MATCH (g:Customer {customerId: $grantorId, status: 'ACTIVE'}), (e:Customer {customerId: $granteeId, status: 'ACTIVE'})
CREATE (r:Relationship {relationshipId: $relationshipId, kind: $kind, permissions: $permissions, status: 'PROPOSED',
                        proposedAt: datetime($now), updatedAt: datetime($now)})
CREATE (g)-[:PARTY_TO {role: 'GRANTOR', agreedAt: datetime($now)}]->(r)
CREATE (e)-[:PARTY_TO {role: 'GRANTEE'}]->(r)
RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: null,
          revokedAt: null, revokedBy: null, grantorId: g.customerId, granteeId: e.customerId} AS relationship
