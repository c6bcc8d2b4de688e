// Full-text index over the name attributes of source records, for fuzzy name search (searchCustomers).
// params: none
// returns: nothing
CREATE FULLTEXT INDEX source_record_names IF NOT EXISTS
FOR (r:SourceRecord) ON EACH [r.givenName, r.middleName, r.familyName]
