// Appends one consent record to a customer's history. Earlier records stay: the history is the evidence, and
// at read time the latest record in force wins (src/privacy/consent/effective-consent.ts).
// params: $customerId (active id), $consent {consentId, purpose, channel, categories, status, source, capturedAt,
//         expiresAt, evidenceKind, evidenceReference, recordedAt, recordedBy} (times as ISO strings)
// returns: consentId (no row when the customer does not exist)
MATCH (c:Customer {customerId: $customerId})
CREATE (c)-[:GAVE_CONSENT]->(k:Consent)
SET k = $consent
RETURN k.consentId AS consentId
