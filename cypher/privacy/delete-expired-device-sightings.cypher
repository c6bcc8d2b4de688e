// Retention: device sightings not repeated since the device TTL, and devices nobody was seen on since.
// params: $before (ISO datetime)
// returns: sightings, devices (counts deleted)
CALL () {
  MATCH (:SourceRecord)-[s:SEEN_ON]->(:Device) WHERE s.lastSeenAt < datetime($before)
  DELETE s
  RETURN count(*) AS sightings
}
CALL () {
  MATCH (d:Device) WHERE NOT EXISTS { (d)<-[:SEEN_ON]-() }
  DELETE d
  RETURN count(*) AS devices
}
RETURN sightings, devices
