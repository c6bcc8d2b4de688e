// params: $records (list of {recordKey, deviceKeys})
UNWIND $records AS rec
MATCH (r:SourceRecord {recordKey: rec.recordKey})-[s:SEEN_ON]->(d:Device)
WHERE NOT d.key IN rec.deviceKeys
DELETE s
