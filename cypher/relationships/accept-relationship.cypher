// The grantee accepts a PROPOSED relationship: it becomes ACTIVE. The grantee is the customer or one of its
// merged aliases (a proposal made to an id later merged away still asks the same person); its PARTY_TO edge
// stays where it was made and records when, and as which active id, it agreed. No row when the caller is not
// its grantee, it is no longer PROPOSED, or both parties are now the same customer (a merge made it a
// relationship with oneself, which grants nothing): the checks the API made before are repeated here, so a
// race cannot slip through.
// params: $relationshipId, $customerId (the grantee's active id), $now
// returns: relationship (map)
MATCH (e:Customer {customerId: $customerId})<-[:MERGED_INTO*0..20]-(:Customer)-[p:PARTY_TO {role: 'GRANTEE'}]->(r:Relationship {relationshipId: $relationshipId})
WHERE r.status = 'PROPOSED'
MATCH (g:Customer)-[:PARTY_TO {role: 'GRANTOR'}]->(r)
WITH e, p, r, coalesce(head(COLLECT { MATCH (g)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), g) AS grantor
WHERE grantor <> e
SET p.agreedAt = datetime($now), p.agreedAs = $customerId, r.status = 'ACTIVE', r.acceptedAt = datetime($now), r.updatedAt = datetime($now)
RETURN r {.relationshipId, .kind, .permissions, .status, proposedAt: toString(r.proposedAt), acceptedAt: toString(r.acceptedAt),
          revokedAt: null, revokedBy: null, grantorId: grantor.customerId, granteeId: e.customerId} AS relationship
