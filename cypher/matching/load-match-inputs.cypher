// What the matcher needs of each record: its matching view, its customer, and the values of it that are
// generic (marked by the over-merge guard) or on a shared store device, which must not count as evidence.
// params: $recordKeys
// returns: recordKey, matchFields (JSON), customerId, customerCreatedAt,
//          genericIdentifiers (list of {type, value, line1, zip5}), genericDeviceKeys
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(c:Customer)
RETURN r.recordKey AS recordKey,
       r.matchFields AS matchFields,
       c.customerId AS customerId,
       toString(c.createdAt) AS customerCreatedAt,
       COLLECT { MATCH (r)-[:HAS_IDENTIFIER]->(i:Identifier) WHERE i.generic
                 RETURN {type: i.type, value: i.value, line1: i.line1, zip5: i.zip5} } AS genericIdentifiers,
       COLLECT { MATCH (r)-[:SEEN_ON]->(d:Device) WHERE d.shared OR coalesce(d.generic, false) RETURN d.key } AS genericDeviceKeys
