// For each identifier key, the active customers whose records hold it (at most $perKey, in id order), in one
// round trip for every identifier of a request (the identifierHolders DataLoader).
// params: $keys (list of '<type>:<value>'), $perKey
// returns: key, customerIds
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Identifier {key: key})<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
  WITH DISTINCT c.customerId AS customerId
  RETURN customerId ORDER BY customerId LIMIT toInteger($perKey)
} AS customerIds
