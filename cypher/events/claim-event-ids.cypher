// Claims event ids in the idempotency ledger. An id is claimed by this transaction only when it was not
// there before: ids claimed earlier (a replay, a retried job) come back with another token and are skipped.
// params: $eventIds (list), $token (unique per transaction attempt), $now, $expiresAt (ISO)
// returns: eventId (only the ids this transaction claimed)
UNWIND $eventIds AS eventId
MERGE (e:EventId {eventId: eventId})
  ON CREATE SET e.claimToken = $token, e.claimedAt = $now, e.expiresAt = $expiresAt
WITH e
WHERE e.claimToken = $token
RETURN e.eventId AS eventId
