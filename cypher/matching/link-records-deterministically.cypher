// The evidence behind a deterministic resolution: two records that share a linking identifier.
// `fromKey` sorts before `toKey`, so one pair has one edge per shared identifier whichever record arrived
// first; the identifier's key lets the generic-value guard remove the edge if the value turns out generic.
// params: $links (list of {fromKey, toKey, identifierType, identifierKey}), $now, $jobId
UNWIND $links AS l
MATCH (a:SourceRecord {recordKey: l.fromKey}), (b:SourceRecord {recordKey: l.toKey})
MERGE (a)-[x:LINKED_TO {kind: 'DETERMINISTIC', identifierKey: l.identifierKey}]->(b)
  ON CREATE SET x.method = 'shared_' + l.identifierType, x.confidence = 1.0, x.signal = 'INFERRED',
                x.identifierType = l.identifierType, x.createdAt = datetime($now), x.jobId = $jobId
