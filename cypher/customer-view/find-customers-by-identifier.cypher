// The customers whose records hold an identifier, and whether any of them states it EXPLICITly
// (the card holder typed it) rather than holding it by observation (a card seen at the till).
// params: $key ('<type>:<normalised value>')
// returns: customerId, explicit (boolean)
MATCH (:Identifier {key: $key})<-[h:HAS_IDENTIFIER]-(:SourceRecord)-[:RESOLVES_TO]->(c:Customer {status: 'ACTIVE'})
RETURN c.customerId AS customerId, any(signal IN collect(h.signal) WHERE signal = 'EXPLICIT') AS explicit
ORDER BY customerId
