// One step of the neighbourhood a re-clustering must see: every record of each record's customer, and the
// records it is linked to. The caller repeats the step until nothing new appears (or a limit is reached).
// params: $recordKeys
// returns: recordKey, customerId, customerRecords, linkedRecords (lists of record keys)
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(c:Customer)
RETURN recordKey,
       c.customerId AS customerId,
       COLLECT { MATCH (c)<-[:RESOLVES_TO]-(m:SourceRecord) RETURN m.recordKey } AS customerRecords,
       COLLECT { MATCH (r)-[:LINKED_TO]-(m:SourceRecord) RETURN DISTINCT m.recordKey } AS linkedRecords
