// Ends segment memberships a customer no longer qualifies for.
// params: $memberships (list of {customerId, segmentId})
// returns: left
UNWIND $memberships AS m
MATCH (:Customer {customerId: m.customerId})-[r:IN_SEGMENT]->(:Segment {segmentId: m.segmentId})
DELETE r
RETURN count(*) AS left
