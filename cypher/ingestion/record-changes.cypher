// Keeps what changed in a record, when, and from which source, as a RecordChange node hung off the record.
// params: $changes (list of {recordKey, source, observedAt, changedFields, previousValues (JSON text)}), $now, $jobId
UNWIND $changes AS change
MATCH (r:SourceRecord {recordKey: change.recordKey})
CREATE (r)-[:HAS_CHANGE]->(:RecordChange {
  at: datetime($now),
  observedAt: datetime(change.observedAt),
  source: change.source,
  jobId: $jobId,
  changedFields: change.changedFields,
  previousValues: change.previousValues
})
