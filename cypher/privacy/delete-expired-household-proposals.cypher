// Retention: household proposals the customer never confirmed, and rejections, older than the household TTL;
// households left without members go too. Confirmed memberships are the customer's statement and stay.
// params: $before (ISO datetime)
// returns: memberships, households (counts deleted)
CALL () {
  MATCH (:Customer)-[m:MEMBER_OF]->(:Household)
  WHERE m.status IN ['PROPOSED', 'REJECTED'] AND coalesce(m.updatedAt, m.proposedAt) < datetime($before)
  DELETE m
  RETURN count(*) AS memberships
}
CALL () {
  MATCH (h:Household) WHERE NOT EXISTS { (h)<-[:MEMBER_OF]-() }
  DETACH DELETE h
  RETURN count(*) AS households
}
RETURN memberships, households
