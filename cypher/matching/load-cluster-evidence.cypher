// The links and the steward's never-link decisions among a set of records, and their customers' ages.
// params: $recordKeys
// returns: one row per edge: {fromKey, toKey, kind, weight, probability} in links; never-links; customers
MATCH (a:SourceRecord)-[x:LINKED_TO]->(b:SourceRecord)
WHERE a.recordKey IN $recordKeys AND b.recordKey IN $recordKeys
WITH collect({fromKey: a.recordKey, toKey: b.recordKey, kind: x.kind, matchWeight: x.matchWeight,
              probability: coalesce(x.probability, x.confidence)}) AS links
OPTIONAL MATCH (a:SourceRecord)-[n:NEVER_LINK]->(b:SourceRecord)
WHERE a.recordKey IN $recordKeys AND b.recordKey IN $recordKeys
WITH links, collect({fromKey: a.recordKey, toKey: b.recordKey}) AS neverLinks
OPTIONAL MATCH (r:SourceRecord)-[:RESOLVES_TO]->(c:Customer)
WHERE r.recordKey IN $recordKeys
WITH links, neverLinks, collect(DISTINCT {customerId: c.customerId, createdAt: toString(c.createdAt), revision: coalesce(c.revision, 0)}) AS customers
RETURN links, [n IN neverLinks WHERE n.fromKey IS NOT NULL] AS neverLinks, [c IN customers WHERE c.customerId IS NOT NULL] AS customers
