// The permissions ACTIVE relationships give a grantee over a grantor (several relationships: their union).
// params: $grantorId, $granteeId (active ids)
// returns: permissions
OPTIONAL MATCH (:Customer {customerId: $grantorId})-[:PARTY_TO {role: 'GRANTOR'}]->(r:Relationship {status: 'ACTIVE'})<-[:PARTY_TO {role: 'GRANTEE'}]-(:Customer {customerId: $granteeId})
UNWIND coalesce(r.permissions, []) AS permission
RETURN collect(DISTINCT permission) AS permissions
