// Raw-event cleanups done: their markers go (idempotent; unknown ids are ignored).
// params: $erasureIds
// returns: deleted (count)
OPTIONAL MATCH (p:PendingEventErasure) WHERE p.erasureId IN $erasureIds
DELETE p
RETURN count(p) AS deleted
