// "Who read this customer's data, and why?" looks entries up by the customer's pseudonymous subject key.
CREATE INDEX audit_entry_subject IF NOT EXISTS FOR (a:AuditEntry) ON (a.subjectKey)
