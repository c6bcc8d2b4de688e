// Writes behaviour aggregates (folded with those of customers merged into them) and their features; the
// aggregates of absorbed customers, now folded into their survivor, are deleted with their memberships.
// params: $profiles (list of {customerId, state (JSON), features (JSON), events, lastEventAt, absorbedIds}), $now
// returns: written
UNWIND $profiles AS p
MATCH (b:BehaviourProfile {customerId: p.customerId})
SET b.state = p.state, b.features = p.features, b.events = p.events, b.lastEventAt = p.lastEventAt, b.updatedAt = $now, b.signal = 'OBSERVED'
WITH b, p
CALL (p) {
  UNWIND p.absorbedIds AS absorbedId
  MATCH (ab:BehaviourProfile {customerId: absorbedId})
  OPTIONAL MATCH (:Customer {customerId: absorbedId})-[m:IN_SEGMENT]->()
  DELETE m
  DETACH DELETE ab
}
RETURN count(DISTINCT b) AS written
