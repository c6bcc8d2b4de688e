// Write-locks the population baseline, then creates (when missing) and write-locks the behaviour aggregates of
// active customers (always in this order, so concurrent jobs do not deadlock on the baseline), and reads them
// with the aggregates of customers merged into them and the current segment memberships.
// params: $customerIds (list of active customer ids), $now (ISO)
// returns: customerId, state (JSON or null), absorbed (list of {customerId, state}), segmentIds (list), baseline (JSON or null)
MERGE (p:PopulationBaseline {name: 'default'})
  ON CREATE SET p.createdAt = $now
SET p.lockedAt = $now
WITH p.state AS baseline
UNWIND $customerIds AS customerId
MATCH (c:Customer {customerId: customerId})
MERGE (b:BehaviourProfile {customerId: customerId})
  ON CREATE SET b.createdAt = $now
MERGE (c)-[:HAS_BEHAVIOUR]->(b)
SET b.lockedAt = $now
WITH c, b, baseline
CALL (c) {
  OPTIONAL MATCH (a:Customer)-[:MERGED_INTO*1..20]->(c)
  OPTIONAL MATCH (a)-[:HAS_BEHAVIOUR]->(ab:BehaviourProfile)
  RETURN collect(DISTINCT ab {.customerId, .state}) AS absorbed
}
CALL (c) {
  OPTIONAL MATCH (c)-[:IN_SEGMENT]->(s:Segment)
  RETURN collect(s.segmentId) AS segmentIds
}
RETURN c.customerId AS customerId, b.state AS state, absorbed, segmentIds, baseline
