// Every steward decision has an id of its own, for the audit trail and for undoing it.
CREATE CONSTRAINT steward_decision_id IF NOT EXISTS FOR (d:StewardDecision) REQUIRE d.decisionId IS UNIQUE
