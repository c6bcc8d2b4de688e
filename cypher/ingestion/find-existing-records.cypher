// The stored state of the records a batch is about to write, to tell new, changed and unchanged apart.
// params: $recordKeys (list of '<source>:<sourceId>')
// returns: recordKey, contentHash, properties (map of the record's properties),
//          identifierKeys (list), deviceKeys (list), customerId (or null)
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(c:Customer)
RETURN recordKey,
       r.contentHash AS contentHash,
       properties(r) AS properties,
       COLLECT { MATCH (r)-[:HAS_IDENTIFIER]->(i:Identifier) RETURN i.key } AS identifierKeys,
       COLLECT { MATCH (r)-[:SEEN_ON]->(d:Device) RETURN d.key } AS deviceKeys,
       c.customerId AS customerId
