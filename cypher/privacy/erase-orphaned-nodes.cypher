// Erasure, step 3: identifiers, devices and blocking keys the erased records touched that nobody holds any
// more, and households left without members. Shared ones (a family phone) stay: they belong to others too.
// params: $identifierKeys, $deviceKeys, $blockingKeys, $householdIds
// returns: identifiers, devices, blockingKeys, households (counts deleted)
CALL () {
  MATCH (i:Identifier) WHERE i.key IN $identifierKeys AND NOT EXISTS { (i)<-[:HAS_IDENTIFIER]-() }
  DETACH DELETE i
  RETURN count(*) AS identifiers
}
CALL () {
  MATCH (d:Device) WHERE d.key IN $deviceKeys AND NOT EXISTS { (d)<-[:SEEN_ON]-() }
  DETACH DELETE d
  RETURN count(*) AS devices
}
CALL () {
  MATCH (b:BlockingKey) WHERE b.key IN $blockingKeys AND NOT EXISTS { (b)<-[:IN_BLOCK]-() }
  DETACH DELETE b
  RETURN count(*) AS blockingKeys
}
CALL () {
  MATCH (h:Household) WHERE h.householdId IN $householdIds AND NOT EXISTS { (h)<-[:MEMBER_OF]-() }
  DETACH DELETE h
  RETURN count(*) AS households
}
RETURN identifiers, devices, blockingKeys, households
