// Marks values generic: they stop linking people. Deterministic links made through them are removed (the
// clustering that follows re-decides their records), and the records holding them are returned for re-matching.
// params: $verdicts (list of {key, kind, reason, detail}), $now, $jobId
// returns: recordKey of every holder
UNWIND $verdicts AS v
CALL (v) {
  MATCH (i:Identifier {key: v.key}) WHERE v.kind = 'identifier'
  RETURN i AS value
  UNION
  MATCH (d:Device {key: v.key}) WHERE v.kind = 'device'
  RETURN d AS value
}
SET value.generic = true, value.genericReason = v.reason, value.genericDetail = v.detail,
    value.genericAt = datetime($now), value.genericJobId = $jobId
WITH value, v
CALL (value, v) {
  MATCH (:SourceRecord)-[x:LINKED_TO {kind: 'DETERMINISTIC', identifierKey: v.key}]->(:SourceRecord)
  DELETE x
}
MATCH (value)<-[:HAS_IDENTIFIER|SEEN_ON]-(holder:SourceRecord)
RETURN DISTINCT holder.recordKey AS recordKey
