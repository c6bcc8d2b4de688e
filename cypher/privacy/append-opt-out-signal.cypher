// Records an opt-out signal the customer sent (GPC, Do Not Sell or Share, ...); it stands until withdrawn.
// params: $customerId (active id), $signal {signalId, kind, source, capturedAt, withdrawnAt: null, recordedAt, recordedBy}
// returns: signalId (no row when the customer does not exist)
MATCH (c:Customer {customerId: $customerId})
CREATE (c)-[:SENT_SIGNAL]->(s:OptOutSignal)
SET s = $signal
RETURN s.signalId AS signalId
