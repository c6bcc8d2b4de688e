// One page of active customer ids in id order, for a run over every customer.
// params: $after (the last id of the previous page, '' for the first), $limit
// returns: customerId
MATCH (c:Customer)
WHERE c.customerId > $after AND c.status = 'ACTIVE'
RETURN c.customerId AS customerId
ORDER BY customerId
LIMIT toInteger($limit)
