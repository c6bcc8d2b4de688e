// How the identifiers and devices of some records are used: by how many records, under which given names.
// Values already generic, and store devices (never person evidence), are left out.
// params: $recordKeys, $nameSample, $minHoldersForNames
// returns: key, type, kind ('identifier' | 'device'), holders, givenNames
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
CALL (r) {
  MATCH (r)-[:HAS_IDENTIFIER]->(i:Identifier)
  WHERE NOT coalesce(i.generic, false)
  RETURN i AS value, i.type AS type, 'identifier' AS kind
  UNION
  MATCH (r)-[:SEEN_ON]->(d:Device)
  WHERE NOT d.shared AND NOT coalesce(d.generic, false)
  RETURN d AS value, 'device' AS type, 'device' AS kind
}
WITH DISTINCT value, type, kind
WITH value, type, kind, COUNT { (value)<-[:HAS_IDENTIFIER|SEEN_ON]-(:SourceRecord) } AS holders
// Names are read only where they can matter: fewer holders than the people rule needs cannot break it.
RETURN value.key AS key, type, kind, holders,
       CASE WHEN holders < $minHoldersForNames THEN []
            ELSE COLLECT { MATCH (value)<-[:HAS_IDENTIFIER|SEEN_ON]-(h:SourceRecord) WHERE h.givenName IS NOT NULL
                           RETURN DISTINCT h.givenName LIMIT toInteger($nameSample) } END AS givenNames
