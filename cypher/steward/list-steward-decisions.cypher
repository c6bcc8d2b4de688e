// The steward decisions touching some records, newest first: the audit trail of manual changes.
// params: $recordKeys
MATCH (d:StewardDecision)
WHERE any(k IN coalesce(d.recordKeys, []) WHERE k IN $recordKeys)
   OR EXISTS { MATCH (a:SourceRecord)-[n:NEVER_LINK {decisionId: d.decisionId}]-() WHERE a.recordKey IN $recordKeys }
RETURN d.decisionId AS decisionId, d.action AS action, d.by AS by, d.reason AS reason, toString(d.at) AS at,
       d.recordKeys AS recordKeys, d.customerId AS customerId
ORDER BY d.at DESC
