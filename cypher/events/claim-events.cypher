// Resolves event subjects to the active customer (a source record through RESOLVES_TO, a customer id directly;
// either follows MERGED_INTO to the survivor) and claims the ids of resolved events in the idempotency ledger.
// An id is claimed by this transaction only when it was not there before: ids claimed earlier (a replay, a
// retried job whose first attempt committed) come back unclaimed. Unresolved events claim nothing.
// params: $events (list of {ref, eventId, recordKey, customerId}; one of recordKey / customerId is null),
//         $token (unique per transaction attempt), $now, $expiresAt (ISO)
// returns: ref, customerId (null when no customer resolves), claimed
UNWIND $events AS ev
OPTIONAL MATCH (:SourceRecord {recordKey: ev.recordKey})-[:RESOLVES_TO]->(viaRecord:Customer)
OPTIONAL MATCH (direct:Customer {customerId: ev.customerId})
WITH ev, coalesce(viaRecord, direct) AS c
OPTIONAL MATCH (c)-[:MERGED_INTO*1..20]->(survivor:Customer {status: 'ACTIVE'})
WITH ev, coalesce(survivor.customerId, c.customerId) AS customerId
OPTIONAL CALL (ev, customerId) {
  WITH ev, customerId
  WHERE customerId IS NOT NULL
  MERGE (e:EventId {eventId: ev.eventId})
    ON CREATE SET e.claimToken = $token, e.claimedAt = $now, e.expiresAt = $expiresAt
  RETURN e.claimToken = $token AS claimed
}
RETURN ev.ref AS ref, customerId, coalesce(claimed, false) AS claimed
