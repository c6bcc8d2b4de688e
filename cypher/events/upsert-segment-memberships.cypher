// Current segment memberships: a new member gets `since`; an existing one keeps it and gets the fresh reason.
// params: $memberships (list of {customerId, segmentId, version, reason}), $now (ISO)
// returns: joined (memberships that did not exist before)
UNWIND $memberships AS m
MATCH (c:Customer {customerId: m.customerId})
MATCH (s:Segment {segmentId: m.segmentId})
MERGE (c)-[r:IN_SEGMENT]->(s)
  ON CREATE SET r.since = $now, r.joined = true
  ON MATCH SET r.joined = false
SET r.version = m.version, r.reason = m.reason, r.evaluatedAt = $now, r.signal = 'INFERRED'
WITH r, r.joined AS joined
REMOVE r.joined
RETURN sum(CASE WHEN joined THEN 1 ELSE 0 END) AS joined
