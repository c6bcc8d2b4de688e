// Writes behaviour aggregates (folded with those of customers merged into them), their features and segment
// memberships, and the population baseline, in one statement. A new member gets `since`; an existing one keeps
// it and gets the fresh reason; memberships no longer met are deleted. Aggregates of absorbed customers, now
// folded into their survivor, are deleted with their memberships.
// params: $profiles (list of {customerId, state (JSON), features (JSON), events, lastEventAt, absorbedIds,
//         memberships: [{segmentId, version, reason}], leaves: [segmentId]}), $baseline (JSON or null: unchanged), $now
// returns: written, joined
CALL () {
  WITH 1 AS one
  WHERE $baseline IS NOT NULL
  MATCH (p:PopulationBaseline {name: 'default'})
  SET p.state = $baseline, p.updatedAt = $now
}
UNWIND $profiles AS p
MATCH (c:Customer {customerId: p.customerId})-[:HAS_BEHAVIOUR]->(b:BehaviourProfile)
SET b.state = p.state, b.features = p.features, b.events = p.events, b.lastEventAt = p.lastEventAt, b.updatedAt = $now, b.signal = 'OBSERVED'
WITH c, b, p
CALL (p) {
  UNWIND p.absorbedIds AS absorbedId
  MATCH (ab:BehaviourProfile {customerId: absorbedId})
  OPTIONAL MATCH (:Customer {customerId: absorbedId})-[m:IN_SEGMENT]->()
  DELETE m
  DETACH DELETE ab
}
CALL (c, p) {
  UNWIND p.leaves AS segmentId
  MATCH (c)-[r:IN_SEGMENT]->(:Segment {segmentId: segmentId})
  DELETE r
}
CALL (c, p) {
  UNWIND p.memberships AS m
  MATCH (s:Segment {segmentId: m.segmentId})
  MERGE (c)-[r:IN_SEGMENT]->(s)
    ON CREATE SET r.since = $now, r.joined = true
    ON MATCH SET r.joined = false
  SET r.version = m.version, r.reason = m.reason, r.evaluatedAt = $now, r.signal = 'INFERRED'
  WITH r, r.joined AS joined
  REMOVE r.joined
  RETURN sum(CASE WHEN joined THEN 1 ELSE 0 END) AS joinedHere
}
RETURN count(b) AS written, sum(joinedHere) AS joined
