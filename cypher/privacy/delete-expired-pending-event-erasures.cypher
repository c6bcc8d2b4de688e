// Retention: raw-event cleanups older than the event log's retention; the retention job trims the stream to
// that age first, so the events they name are gone.
// params: $before (ISO string)
// returns: deleted (count)
OPTIONAL MATCH (p:PendingEventErasure) WHERE p.createdAt < $before
DELETE p
RETURN count(p) AS deleted
