// Active customers whose records' names match a Lucene query (built from letters and digits only, with fuzzy
// terms), best score first, one page (ask for one more row than the page to know whether another follows).
// params: $lucene, $skip, $limit,
//         $reach (list of {source, minConfidence}: only records an app's purposes reach count; null for roles that see all)
// returns: customerId, score
CALL db.index.fulltext.queryNodes('source_record_names', $lucene) YIELD node, score
MATCH (node)-[link:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
WHERE $reach IS NULL OR any(g IN $reach WHERE g.source = node.source AND link.confidence >= g.minConfidence)
WITH c.customerId AS customerId, max(score) AS score
ORDER BY score DESC, customerId
SKIP toInteger($skip)
LIMIT toInteger($limit)
RETURN customerId, score
