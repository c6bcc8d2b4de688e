// Audit entries in chain order, one page after a sequence number; the verifier walks the chain with it.
// params: $afterSeq, $limit
// returns: entry (map of every property)
MATCH (a:AuditEntry)
WHERE a.seq > $afterSeq
RETURN properties(a) AS entry
ORDER BY a.seq
LIMIT toInteger($limit)
