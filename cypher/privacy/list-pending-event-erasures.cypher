// Raw-event cleanups of erasures not yet done, oldest first.
// params: $limit
// returns: erasureId, recordHashes, customerHashes, createdAt
MATCH (p:PendingEventErasure)
RETURN p.erasureId AS erasureId, p.recordHashes AS recordHashes, p.customerHashes AS customerHashes, p.createdAt AS createdAt
ORDER BY p.createdAt, p.erasureId
LIMIT toInteger($limit)
