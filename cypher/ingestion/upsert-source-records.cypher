// Creates or updates source records. Attribute provenance sits beside each value:
// <attr>, <attr>Signal, <attr>ObservedAt. A null in `properties` removes that property.
// params: $records (list of {recordKey, source, sourceId, banner, observedAt, contentHash, junkFields, properties}),
//         $now (ISO string), $jobId
UNWIND $records AS rec
MERGE (r:SourceRecord {recordKey: rec.recordKey})
  ON CREATE SET r.source = rec.source, r.sourceId = rec.sourceId, r.firstSeenAt = datetime($now)
SET r += rec.properties,
    r.banner = rec.banner,
    r.observedAt = datetime(rec.observedAt),
    r.contentHash = rec.contentHash,
    r.junkFields = rec.junkFields,
    r.updatedAt = datetime($now),
    r.lastJobId = $jobId
