// Resolves customer ids, following MERGED_INTO from absorbed ids (aliases) to the surviving customer.
// params: $customerIds (list)
// returns: requestedId, customerId (the active id, or null when unknown)
UNWIND $customerIds AS requestedId
OPTIONAL MATCH (c:Customer {customerId: requestedId})
OPTIONAL MATCH (c)-[:MERGED_INTO*1..20]->(survivor:Customer {status: 'ACTIVE'})
RETURN requestedId, coalesce(survivor.customerId, c.customerId) AS customerId
