// Audit entries are numbered without gaps; the constraint stops two appends from taking the same place.
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.seq IS UNIQUE
