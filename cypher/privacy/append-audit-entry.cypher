// Appends one audit entry and moves the chain's head to it (run after lock-audit-chain, same transaction).
// params: $entry {seq, prevHash, hash, at, kind, actor, role, purpose, scope, subjectKey, fields, categories, reasons, policyVersion}
// returns: seq, hash
MATCH (h:AuditChainHead {name: 'audit'})
CREATE (a:AuditEntry)
SET a = $entry, a.seq = toInteger($entry.seq), h.seq = toInteger($entry.seq), h.lastHash = $entry.hash
RETURN a.seq AS seq, a.hash AS hash
