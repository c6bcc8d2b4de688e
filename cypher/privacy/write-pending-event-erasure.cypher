// Erasure: the raw-event cleanup still to do, written in the erasure's transaction so that a crash or a Redis
// outage after the commit leaves a durable marker for the sweeper. Salted hashes of the erased record keys and
// customer ids only (the sweeper hashes each event's subject to compare), so no erased value stays in the graph.
// params: $erasureId, $recordHashes (list of hex strings), $customerHashes (list of hex strings), $at (ISO string)
// returns: written (count)
CREATE (p:PendingEventErasure {erasureId: $erasureId, recordHashes: $recordHashes, customerHashes: $customerHashes, createdAt: $at})
RETURN count(p) AS written
