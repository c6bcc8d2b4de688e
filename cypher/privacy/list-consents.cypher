// A customer's whole consent history and opt-out signals, its merged aliases' included, oldest first.
// params: $customerId (active id)
// returns: consents (list of maps with customerId), signals (list of maps with customerId)
MATCH (c:Customer {customerId: $customerId})
WITH c, COLLECT { MATCH (alias:Customer)-[:MERGED_INTO*1..20]->(c) RETURN alias } AS aliasNodes
RETURN
  COLLECT {
    MATCH (owner:Customer)-[:GAVE_CONSENT]->(k:Consent) WHERE owner = c OR owner IN aliasNodes
    RETURN k {.*, customerId: owner.customerId} AS consent ORDER BY consent.capturedAt, consent.consentId
  } AS consents,
  COLLECT {
    MATCH (owner:Customer)-[:SENT_SIGNAL]->(s:OptOutSignal) WHERE owner = c OR owner IN aliasNodes
    RETURN s {.*, customerId: owner.customerId} AS signal ORDER BY signal.capturedAt, signal.signalId
  } AS signals
