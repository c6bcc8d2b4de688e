// One page of customers with a behaviour aggregate (batch recompute), by customer id.
// params: $after ('' for the first page), $limit
// returns: customerId
MATCH (c:Customer {status: 'ACTIVE'})-[:HAS_BEHAVIOUR]->(b:BehaviourProfile)
WHERE c.customerId > $after
RETURN c.customerId AS customerId
ORDER BY customerId
LIMIT toInteger($limit)
