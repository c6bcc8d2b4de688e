// One page of households in id order, with every membership (any status).
// params: $after (the last id of the previous page, '' for the first), $limit
// returns: householdId, createdAt, updatedAt,
//          members (list of {customerId, status, confidence, evidenceSignals, evidenceKeys, signal, proposedAt, updatedAt, jobId})
MATCH (h:Household)
WHERE h.householdId > $after
WITH h
ORDER BY h.householdId
LIMIT toInteger($limit)
RETURN h.householdId AS householdId,
       toString(h.createdAt) AS createdAt,
       toString(h.updatedAt) AS updatedAt,
       COLLECT {
         MATCH (c:Customer)-[m:MEMBER_OF]->(h)
         RETURN {customerId: c.customerId, status: m.status, confidence: m.confidence,
                 evidenceSignals: m.evidenceSignals, evidenceKeys: m.evidenceKeys, signal: m.signal,
                 proposedAt: toString(m.proposedAt), updatedAt: toString(m.updatedAt), jobId: m.jobId}
         ORDER BY c.customerId
       } AS members
