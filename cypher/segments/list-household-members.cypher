// A household's active members that have not rejected the membership, with the membership status.
// A merged alias's membership counts for the customer it resolves to, once per customer, with the effective
// status of households/get-household (a decision beats a proposal, the latest decision wins, REJECTED on a tie).
// params: $householdId
// returns: customerId, status
MATCH (:Household {householdId: $householdId})<-[m:MEMBER_OF]-(holder:Customer)
WITH m, coalesce(head(COLLECT { MATCH (holder)-[:MERGED_INTO*1..20]->(s:Customer {status: 'ACTIVE'}) RETURN s }), holder) AS c
WHERE c.status = 'ACTIVE'
WITH c, m
ORDER BY CASE m.status WHEN 'PROPOSED' THEN 1 ELSE 0 END,
         coalesce(m.decidedAt, m.updatedAt, datetime('1970-01-01T00:00:00Z')) DESC,
         CASE m.status WHEN 'REJECTED' THEN 0 ELSE 1 END
WITH c, collect(m)[0] AS membership
WHERE membership.status <> 'REJECTED'
RETURN c.customerId AS customerId, membership.status AS status
ORDER BY customerId
