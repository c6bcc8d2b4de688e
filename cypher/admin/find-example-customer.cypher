// A customer whose records come from the most source systems, to show in the start-up banner.
// returns: customerId, sources (list)
MATCH (r:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
WITH c, collect(DISTINCT r.source) AS sources
ORDER BY size(sources) DESC, c.customerId
LIMIT 1
RETURN c.customerId AS customerId, sources
