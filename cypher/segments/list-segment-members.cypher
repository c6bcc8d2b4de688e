// One page of a segment's members, by customer id (keyset pagination).
// params: $segmentId, $after (customer id; '' for the first page), $limit
// returns: customerId, since, reason, version
MATCH (:Segment {segmentId: $segmentId})<-[m:IN_SEGMENT]-(c:Customer)
WHERE c.customerId > $after
RETURN c.customerId AS customerId, m.since AS since, m.reason AS reason, m.version AS version
ORDER BY customerId
LIMIT toInteger($limit)
