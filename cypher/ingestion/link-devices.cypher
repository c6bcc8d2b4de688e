// Attaches devices to records. Store devices (kiosks, tablets) are marked shared: never person evidence.
// params: $claims (list of {recordKey, key, type, id, shared, signal, source, observedAt, field}), $now
UNWIND $claims AS claim
MATCH (r:SourceRecord {recordKey: claim.recordKey})
MERGE (d:Device {key: claim.key})
  ON CREATE SET d.type = claim.type, d.deviceId = claim.id, d.shared = claim.shared, d.createdAt = datetime($now)
MERGE (r)-[s:SEEN_ON]->(d)
  ON CREATE SET s.firstSeenAt = datetime($now)
SET s.signal = claim.signal,
    s.source = claim.source,
    s.lastSeenAt = datetime(claim.observedAt),
    s.field = claim.field
