// Customers a steward should look at: those holding links the guards refused (cut), those at the size cap,
// and the generic values found, most records first.
// params: $maxClusterSize, $limit
CALL () {
  MATCH (a:SourceRecord)-[x:LINKED_TO]->(b:SourceRecord)
  WHERE x.cutReason IS NOT NULL
  MATCH (a)-[:RESOLVES_TO]->(ca:Customer), (b)-[:RESOLVES_TO]->(cb:Customer)
  UNWIND [ca, cb] AS c
  WITH c, collect(DISTINCT x.cutReason) AS reasons
  RETURN c, reasons
  UNION
  MATCH (c:Customer {status: 'ACTIVE'})
  WHERE COUNT { (c)<-[:RESOLVES_TO]-() } >= $maxClusterSize
  RETURN c, ['size-cap'] AS reasons
}
WITH c, reasons
RETURN c.customerId AS customerId, reasons, COUNT { (c)<-[:RESOLVES_TO]-() } AS records
ORDER BY records DESC, customerId
LIMIT toInteger($limit)
