// The head of the audit hash chain exists once: appends serialise on it.
CREATE CONSTRAINT audit_chain_name IF NOT EXISTS FOR (h:AuditChainHead) REQUIRE h.name IS UNIQUE
