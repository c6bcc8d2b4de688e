// Records an opt-out signal unless one of that kind already stands: a browser repeats Sec-GPC on every request,
// and one standing signal is the customer's opt-out. A merged id is followed to the surviving customer.
// params: $customerId (any id the customer held), $signal {signalId, kind, source, capturedAt, recordedAt, recordedBy}
// returns: customerId (active), created (boolean); no row when no active customer has the id
MATCH (requested:Customer {customerId: $customerId})
OPTIONAL MATCH (requested)-[:MERGED_INTO*1..20]->(survivor:Customer {status: 'ACTIVE'})
WITH coalesce(survivor, requested) AS c
WHERE c.status = 'ACTIVE'
WITH c, NOT EXISTS {
  MATCH (owner:Customer)-[:SENT_SIGNAL]->(standing:OptOutSignal {kind: $signal.kind})
  WHERE (owner = c OR (owner)-[:MERGED_INTO*1..20]->(c)) AND standing.withdrawnAt IS NULL
} AS missing
FOREACH (_ IN CASE WHEN missing THEN [1] ELSE [] END |
  CREATE (c)-[:SENT_SIGNAL]->(s:OptOutSignal)
  SET s = $signal
)
RETURN c.customerId AS customerId, missing AS created
