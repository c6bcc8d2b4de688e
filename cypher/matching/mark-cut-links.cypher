// Marks the links the clustering guards refused (and clears the mark on those among the records that now
// hold), so the suspicious-cluster report and an analyst in Neo4j Browser can see them.
// params: $recordKeys, $cuts (list of {fromKey, toKey, kind, reason, detail}), $now
MATCH (a:SourceRecord)-[x:LINKED_TO]->(b:SourceRecord)
WHERE a.recordKey IN $recordKeys AND b.recordKey IN $recordKeys AND x.cutReason IS NOT NULL
REMOVE x.cutReason, x.cutDetail, x.cutAt
WITH count(*) AS cleared
UNWIND $cuts AS cut
MATCH (:SourceRecord {recordKey: cut.fromKey})-[x:LINKED_TO {kind: cut.kind}]->(:SourceRecord {recordKey: cut.toKey})
SET x.cutReason = cut.reason, x.cutDetail = cut.detail, x.cutAt = datetime($now)
