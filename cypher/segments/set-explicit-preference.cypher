// Records a preference the customer stated (EXPLICIT); inference never writes this edge.
// params: $customerId (active id), $kind (category | brand), $target, $polarity (LIKE | DISLIKE), $now (ISO), $actor
// returns: customerId (none when the customer is unknown)
MATCH (c:Customer {customerId: $customerId})
MERGE (t:AffinityTarget {key: $kind + ':' + $target})
  ON CREATE SET t.kind = $kind, t.name = $target
MERGE (c)-[p:STATED_PREFERENCE]->(t)
SET p.polarity = $polarity, p.setAt = $now, p.signal = 'EXPLICIT', p.setBy = $actor
RETURN c.customerId AS customerId
