// The evidence behind a deterministic resolution: two records that share a linking identifier.
// `fromKey` sorts before `toKey`, so one pair has one edge whichever record arrived first.
// params: $links (list of {fromKey, toKey, identifierType}), $now, $jobId
UNWIND $links AS l
MATCH (a:SourceRecord {recordKey: l.fromKey}), (b:SourceRecord {recordKey: l.toKey})
MERGE (a)-[x:LINKED_TO]->(b)
  ON CREATE SET x.kind = 'DETERMINISTIC', x.method = 'shared_' + l.identifierType, x.confidence = 1.0,
                x.signal = 'INFERRED', x.identifierType = l.identifierType, x.createdAt = datetime($now), x.jobId = $jobId
