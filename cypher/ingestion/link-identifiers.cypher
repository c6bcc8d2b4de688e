// Attaches identifiers to records; the identifier node is shared by every record that holds the value.
// params: $claims (list of {recordKey, key, type, value, signal, source, observedAt, verified, field, address}), $now
UNWIND $claims AS claim
MATCH (r:SourceRecord {recordKey: claim.recordKey})
MERGE (i:Identifier {key: claim.key})
  ON CREATE SET i.type = claim.type, i.value = claim.value, i.createdAt = datetime($now), i.generic = false,
                i += coalesce(claim.address, {})
MERGE (r)-[h:HAS_IDENTIFIER]->(i)
  ON CREATE SET h.firstSeenAt = datetime($now)
SET h.signal = claim.signal,
    h.source = claim.source,
    h.observedAt = datetime(claim.observedAt),
    h.verified = claim.verified,
    h.field = claim.field
