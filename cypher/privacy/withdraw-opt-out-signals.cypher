// The customer opted back in: every standing signal of that kind, on the customer or its aliases, is withdrawn.
// params: $customerId (active id), $kind, $withdrawnAt (ISO string, later than the signals' capture)
// returns: withdrawn (count)
MATCH (c:Customer {customerId: $customerId})
MATCH (owner:Customer)-[:SENT_SIGNAL]->(s:OptOutSignal {kind: $kind})
WHERE (owner = c OR (owner)-[:MERGED_INTO*1..20]->(c)) AND s.withdrawnAt IS NULL AND s.capturedAt < $withdrawnAt
SET s.withdrawnAt = $withdrawnAt
RETURN count(s) AS withdrawn
