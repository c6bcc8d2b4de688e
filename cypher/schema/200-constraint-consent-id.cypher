// One node per consent record; records are appended, never updated (the history is the evidence).
CREATE CONSTRAINT consent_id IF NOT EXISTS FOR (k:Consent) REQUIRE k.consentId IS UNIQUE
