// For each identifier key, the active customers whose records hold it (at most $perKey, in id order), in one
// round trip for every identifier of a request (the identifierHolders DataLoader).
// params: $keys (list of '<type>:<value>'), $perKey,
//         $reach (list of {source, minConfidence}: only records an app's purposes reach count; null for roles that see all)
// returns: key, customerIds
UNWIND $keys AS key
RETURN key, COLLECT {
  MATCH (:Identifier {key: key})<-[:HAS_IDENTIFIER]-(r:SourceRecord)-[link:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
  WHERE ($reach IS NULL OR any(g IN $reach WHERE g.source = r.source AND link.confidence >= g.minConfidence))
  WITH DISTINCT c.customerId AS customerId
  RETURN customerId ORDER BY customerId LIMIT toInteger($perKey)
} AS customerIds
