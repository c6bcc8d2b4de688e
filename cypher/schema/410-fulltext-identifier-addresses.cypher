// Full-text index over postal address identifiers (street line, city, ZIP), for fuzzy address search.
// params: none
// returns: nothing
CREATE FULLTEXT INDEX identifier_addresses IF NOT EXISTS
FOR (i:Identifier) ON EACH [i.line1, i.city, i.zip5]
