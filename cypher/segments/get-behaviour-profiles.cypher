// Reads customers' behaviour aggregates (with those of customers merged into them), stated preferences and
// segment memberships.
// params: $customerIds (list of active customer ids)
// returns: customerId, state (JSON or null), absorbedStates (list of JSON), preferences (list of {kind, target, polarity, setAt}), segments (list of {segmentId, version, since, reason, evaluatedAt})
UNWIND $customerIds AS customerId
MATCH (c:Customer {customerId: customerId})
OPTIONAL MATCH (c)-[:HAS_BEHAVIOUR]->(b:BehaviourProfile)
CALL (c) {
  OPTIONAL MATCH (a:Customer)-[:MERGED_INTO*1..20]->(c)
  OPTIONAL MATCH (a)-[:HAS_BEHAVIOUR]->(ab:BehaviourProfile)
  RETURN collect(DISTINCT ab.state) AS absorbedStates
}
CALL (c) {
  OPTIONAL MATCH (c)-[p:STATED_PREFERENCE]->(t:AffinityTarget)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {kind: t.kind, target: t.name, polarity: p.polarity, setAt: p.setAt} END) AS preferences
}
CALL (c) {
  OPTIONAL MATCH (c)-[m:IN_SEGMENT]->(s:Segment)
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {segmentId: s.segmentId, version: m.version, since: m.since, reason: m.reason, evaluatedAt: m.evaluatedAt} END) AS segments
}
RETURN customerId, b.state AS state, absorbedStates, preferences, segments
