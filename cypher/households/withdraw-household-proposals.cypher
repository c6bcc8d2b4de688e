// Removes PROPOSED memberships the evidence no longer supports; CONFIRMED and REJECTED ones are never touched.
// params: $withdrawals (list of {customerId, householdId}), $now
// returns: withdrawn
UNWIND $withdrawals AS w
MATCH (:Customer {customerId: w.customerId})-[m:MEMBER_OF]->(h:Household {householdId: w.householdId})
WHERE m.status = 'PROPOSED'
SET h.updatedAt = datetime($now)
DELETE m
RETURN count(*) AS withdrawn
