// Deletes households left without any membership (a REJECTED one keeps its household: it is remembered).
// params: $householdIds
// returns: deleted
UNWIND $householdIds AS householdId
MATCH (h:Household {householdId: householdId})
WHERE NOT EXISTS { (h)--() }
DELETE h
RETURN count(*) AS deleted
