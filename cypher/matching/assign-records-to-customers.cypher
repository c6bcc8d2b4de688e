// Points each record at its customer (creating the customer on first use), replacing any previous link.
// params: $assignments (list of {recordKey, customerId, confidence, method}), $now, $jobId
UNWIND $assignments AS a
MERGE (c:Customer {customerId: a.customerId})
  ON CREATE SET c.status = 'ACTIVE', c.createdAt = datetime($now)
SET c.updatedAt = datetime($now), c.revision = coalesce(c.revision, 0) + 1
WITH a, c
MATCH (r:SourceRecord {recordKey: a.recordKey})
CALL (r, c) {
  OPTIONAL MATCH (r)-[old:RESOLVES_TO]->(previous:Customer)
  WHERE previous <> c
  SET previous.revision = coalesce(previous.revision, 0) + 1, previous.updatedAt = datetime($now)
  DELETE old
}
MERGE (r)-[link:RESOLVES_TO]->(c)
  ON CREATE SET link.confidence = a.confidence, link.method = a.method, link.signal = 'INFERRED',
                link.linkedAt = datetime($now), link.jobId = $jobId
