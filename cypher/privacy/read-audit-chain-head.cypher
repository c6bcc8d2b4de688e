// Where the audit chain ends: the verifier checks the last entry against it, so deleting the newest entries shows.
// returns: seq, lastHash (no row before the first entry)
MATCH (h:AuditChainHead {name: 'audit'})
RETURN h.seq AS seq, h.lastHash AS lastHash
