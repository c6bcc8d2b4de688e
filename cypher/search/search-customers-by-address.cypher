// Active customers whose records hold a postal address matching a Lucene query (letters and digits only,
// fuzzy terms), best score first, one page. Generic addresses (a store's) are left out.
// params: $lucene, $skip, $limit,
//         $reach (list of {source, minConfidence}: only records an app's purposes reach count; null for roles that see all)
// returns: customerId, score
CALL db.index.fulltext.queryNodes('identifier_addresses', $lucene) YIELD node, score
WHERE node.type = 'postal_address' AND coalesce(node.generic, false) = false
MATCH (node)<-[:HAS_IDENTIFIER]-(r:SourceRecord)-[link:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
WHERE ($reach IS NULL OR any(g IN $reach WHERE g.source = r.source AND link.confidence >= g.minConfidence))
WITH c.customerId AS customerId, max(score) AS score
ORDER BY score DESC, customerId
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN customerId, score
