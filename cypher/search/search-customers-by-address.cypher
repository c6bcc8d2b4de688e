// Active customers whose records hold a postal address matching a Lucene query (letters and digits only,
// fuzzy terms), best score first, one page. Generic addresses (a store's) are left out.
// params: $lucene, $skip, $limit
// returns: customerId, score
CALL db.index.fulltext.queryNodes('identifier_addresses', $lucene) YIELD node, score
WHERE node.type = 'postal_address' AND coalesce(node.generic, false) = false
MATCH (node)<-[:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
WITH c.customerId AS customerId, max(score) AS score
ORDER BY score DESC, customerId
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN customerId, score
