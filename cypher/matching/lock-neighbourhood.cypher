// Inside the write transaction of a re-clustering: takes the write lock of each customer (in id order, so
// two jobs lock in one order) and reads what the records point at now, so the caller can check that no
// other job changed the neighbourhood since it was read (optimistic concurrency).
// params: $customerIds (sorted), $recordKeys
// returns: customers (list of {customerId, revision}), assignments (list of {recordKey, customerId})
CALL () {
  UNWIND $customerIds AS customerId
  MATCH (c:Customer {customerId: customerId})
  SET c.revision = coalesce(c.revision, 0)
  RETURN collect({customerId: c.customerId, revision: c.revision}) AS customers
}
CALL () {
  UNWIND $recordKeys AS recordKey
  MATCH (r:SourceRecord {recordKey: recordKey})
  OPTIONAL MATCH (r)-[:RESOLVES_TO]->(c:Customer)
  RETURN collect({recordKey: recordKey, customerId: c.customerId}) AS assignments
}
RETURN customers, assignments
