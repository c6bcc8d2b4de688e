// The permissions ACTIVE relationships give a grantee over a grantor (several relationships: their union).
// Either party may have agreed under an id since merged away: both sides read through MERGED_INTO. A
// relationship whose two parties are now the same customer grants nothing (no one to grant to).
// params: $grantorId, $granteeId (active ids)
// returns: permissions
OPTIONAL MATCH (grantor:Customer {customerId: $grantorId})<-[:MERGED_INTO*0..20]-(:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r:Relationship {status: 'ACTIVE'})
               <-[:PARTY_TO {role: 'GRANTEE'}]-(:Customer)-[:MERGED_INTO*0..20]->(grantee:Customer {customerId: $granteeId})
WHERE grantor <> grantee
UNWIND coalesce(r.permissions, []) AS permission
RETURN collect(DISTINCT permission) AS permissions
