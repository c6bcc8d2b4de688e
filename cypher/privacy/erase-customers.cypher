// Erasure, step 2: the customer, its merged aliases (MERGED_INTO, SPLIT_FROM, MEMBER_OF, PARTY_TO, IN_SEGMENT and
// STATED_PREFERENCE edges go with them), their consents and opt-out signals, their behaviour aggregates (events
// and the features inferred from them), and the relationships they were party to.
// params: $customerIds, $relationshipIds
// returns: customers (count)
MATCH (c:Customer) WHERE c.customerId IN $customerIds
CALL (c) {
  OPTIONAL MATCH (c)-[:GAVE_CONSENT]->(k:Consent)
  DETACH DELETE k
}
CALL (c) {
  OPTIONAL MATCH (c)-[:SENT_SIGNAL]->(s:OptOutSignal)
  DETACH DELETE s
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_BEHAVIOUR]->(b:BehaviourProfile)
  DETACH DELETE b
}
CALL (c) {
  OPTIONAL MATCH (x:Relationship) WHERE x.relationshipId IN $relationshipIds
  DETACH DELETE x
}
DETACH DELETE c
RETURN count(*) AS customers
