// Detaches identifiers a changed record no longer carries (the RecordChange keeps which ones).
// params: $records (list of {recordKey, identifierKeys})
UNWIND $records AS rec
MATCH (r:SourceRecord {recordKey: rec.recordKey})-[h:HAS_IDENTIFIER]->(i:Identifier)
WHERE NOT i.key IN rec.identifierKeys
DELETE h
