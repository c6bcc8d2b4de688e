// Creates or updates source records. Attribute provenance sits beside each value:
// <attr>, <attr>Signal, <attr>ObservedAt. A null in `properties` removes that property.
// A written record is pending matching until a matching job has compared it (crash-safe hand-over to the matcher).
// params: $records (list of {recordKey, source, sourceId, banner, observedAt, contentHash, junkFields, properties, matchFields}),
//         $now (ISO string), $jobId
UNWIND $records AS rec
MERGE (r:SourceRecord {recordKey: rec.recordKey})
  ON CREATE SET r.source = rec.source, r.sourceId = rec.sourceId, r.firstSeenAt = datetime($now)
SET r += rec.properties,
    r.banner = rec.banner,
    r.observedAt = datetime(rec.observedAt),
    r.contentHash = rec.contentHash,
    r.junkFields = rec.junkFields,
    r.matchFields = rec.matchFields,
    r.matchPending = true,
    r.updatedAt = datetime($now),
    r.lastJobId = $jobId
