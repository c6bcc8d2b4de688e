// One household with every membership (any status); the API serves confirmed members only.
// params: $householdId
// returns: householdId, createdAt, members (list of {customerId, status, confidence, decidedAt})
MATCH (h:Household {householdId: $householdId})
RETURN h.householdId AS householdId,
       toString(h.createdAt) AS createdAt,
       COLLECT {
         MATCH (c:Customer)-[m:MEMBER_OF]->(h)
         RETURN {customerId: c.customerId, status: m.status, confidence: m.confidence, decidedAt: toString(m.decidedAt)}
         ORDER BY c.customerId
       } AS members
