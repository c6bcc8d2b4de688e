// One household with every member (any status); the API serves confirmed members only.
// Members are customers as they are now: a membership held by a merged alias counts for the active customer
// it resolves to (MERGED_INTO), and each customer is listed once with its effective membership: a decision
// (CONFIRMED or REJECTED) under any of its ids beats a proposal, the latest decision wins, and on a tie the
// REJECTED one (a merge must never widen what the customer allowed). docs/households.md, "Merged customers".
// params: $householdId
// returns: householdId, createdAt, members (list of {customerId, status, confidence, decidedAt})
MATCH (h:Household {householdId: $householdId})
RETURN h.householdId AS householdId,
       toString(h.createdAt) AS createdAt,
       COLLECT {
         MATCH (holder:Customer)-[m:MEMBER_OF]->(h)
         WITH m, coalesce(head(COLLECT { MATCH (holder)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), holder) AS c
         ORDER BY CASE m.status WHEN 'PROPOSED' THEN 1 ELSE 0 END,
                  coalesce(m.decidedAt, m.updatedAt, datetime('1970-01-01T00:00:00Z')) DESC,
                  CASE m.status WHEN 'REJECTED' THEN 0 ELSE 1 END
         WITH c, collect(m)[0] AS membership
         RETURN {customerId: c.customerId, status: membership.status, confidence: membership.confidence, decidedAt: toString(membership.decidedAt)}
         ORDER BY c.customerId
       } AS members
