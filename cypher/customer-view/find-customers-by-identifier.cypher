// The customers whose records hold an identifier.
// params: $key ('<type>:<normalised value>')
// returns: customerId
MATCH (:Identifier {key: $key})<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
RETURN DISTINCT c.customerId AS customerId
ORDER BY customerId
