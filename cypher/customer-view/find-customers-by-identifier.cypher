// The customers whose records hold an identifier, and whether any of them states it EXPLICITly
// (the card holder typed it) rather than holding it by observation (a card seen at the till).
// params: $key ('<type>:<normalised value>'),
//         $reach (list of {source, minConfidence}: only records an app's purposes reach count; null for roles that see all)
// returns: customerId, explicit (boolean)
MATCH (:Identifier {key: $key})<-[h:HAS_IDENTIFIER]-(r:SourceRecord)-[link:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
WHERE ($reach IS NULL OR any(g IN $reach WHERE g.source = r.source AND link.confidence >= g.minConfidence))
RETURN c.customerId AS customerId, any(signal IN collect(h.signal) WHERE signal = 'EXPLICIT') AS explicit
ORDER BY customerId
