// A customer's own decision on their membership of a household: CONFIRMED or REJECTED, signal EXPLICIT.
// No row when the customer has no membership of that household.
// params: $customerId (active id), $householdId, $status ('CONFIRMED' | 'REJECTED'), $now
// returns: householdId, status, confidence, signal, decidedAt
MATCH (c:Customer {customerId: $customerId})-[m:MEMBER_OF]->(h:Household {householdId: $householdId})
SET m.status = $status,
    m.signal = 'EXPLICIT',
    m.decidedAt = datetime($now),
    m.updatedAt = datetime($now),
    h.updatedAt = datetime($now)
RETURN h.householdId AS householdId, m.status AS status, m.confidence AS confidence, m.signal AS signal, toString(m.decidedAt) AS decidedAt
