// A customer's own decision on their membership of a household: CONFIRMED or REJECTED, signal EXPLICIT.
// The customer has a membership when it or one of its merged aliases holds one (a proposal made to an id that
// was later merged away still asks the same person). The decision is written on the active customer's own
// edge, leaving an alias's earlier answer as the record of what was said under that id; being the latest
// decision, it is the one every read counts (docs/households.md, "Merged customers").
// No row when neither the customer nor an alias has a membership of that household.
// params: $customerId (active id), $householdId, $status ('CONFIRMED' | 'REJECTED'), $now
// returns: householdId, status, confidence, signal, decidedAt
MATCH (c:Customer {customerId: $customerId}), (h:Household {householdId: $householdId})
WITH c, h, COLLECT { MATCH (c)<-[:MERGED_INTO*0..20]-(:Customer)-[held:MEMBER_OF]->(h) RETURN held } AS held
WHERE size(held) > 0
MERGE (c)-[m:MEMBER_OF]->(h)
  ON CREATE SET m.confidence = head([x IN held WHERE x.confidence IS NOT NULL | x.confidence])
SET m.status = $status,
    m.signal = 'EXPLICIT',
    m.decidedAt = datetime($now),
    m.updatedAt = datetime($now),
    h.updatedAt = datetime($now)
RETURN h.householdId AS householdId, m.status AS status, m.confidence AS confidence, m.signal AS signal, toString(m.decidedAt) AS decidedAt
