// A household's members that have not rejected the membership, with the membership status.
// params: $householdId
// returns: customerId, status
MATCH (:Household {householdId: $householdId})<-[m:MEMBER_OF]-(c:Customer {status: 'ACTIVE'})
WHERE m.status <> 'REJECTED'
RETURN c.customerId AS customerId, m.status AS status
ORDER BY customerId
