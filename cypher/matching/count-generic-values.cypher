// How many values the guard marked generic, by type and reason (counts only: the values are PII).
CALL () {
  MATCH (i:Identifier) WHERE i.generic
  RETURN i.type AS type, i.genericReason AS reason
  UNION ALL
  MATCH (d:Device) WHERE d.generic
  RETURN 'device' AS type, d.genericReason AS reason
}
RETURN type, reason, count(*) AS values
ORDER BY type, reason
