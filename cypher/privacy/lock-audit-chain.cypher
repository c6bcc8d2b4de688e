// Takes the write lock on the audit chain's head for the rest of the transaction, so appends are serial and
// every entry chains to the one before it; returns where the chain ends.
// params: $genesisHash (the previous hash of the first entry)
// returns: seq (of the last entry, 0 when empty), lastHash
MERGE (h:AuditChainHead {name: 'audit'})
ON CREATE SET h.seq = 0, h.lastHash = $genesisHash
SET h.lockedAt = datetime()
RETURN h.seq AS seq, h.lastHash AS lastHash
