// Writes PROPOSED memberships (creating the household on first use). A membership the customer has
// CONFIRMED or REJECTED in the meantime is left exactly as it is, and so is a household the customer
// answered under a merged alias id (that answer stands for them: docs/households.md, "Merged customers").
// params: $proposals (list of {customerId, householdId, confidence, evidenceSignals, evidenceKeys}), $now, $jobId
// returns: created, updated
UNWIND $proposals AS p
MATCH (c:Customer {customerId: p.customerId})
MERGE (h:Household {householdId: p.householdId})
  ON CREATE SET h.createdAt = datetime($now), h.updatedAt = datetime($now)
WITH p, c, h
OPTIONAL MATCH (c)-[existing:MEMBER_OF]->(h)
WITH p, c, h, existing
WHERE (existing IS NULL OR existing.status = 'PROPOSED')
  AND NOT EXISTS { MATCH (c)<-[:MERGED_INTO*1..20]-(:Customer)-[answer:MEMBER_OF]->(h) WHERE answer.status <> 'PROPOSED' }
MERGE (c)-[m:MEMBER_OF]->(h)
  ON CREATE SET m.status = 'PROPOSED', m.signal = 'INFERRED', m.proposedAt = datetime($now)
SET m.confidence = p.confidence,
    m.evidenceSignals = p.evidenceSignals,
    m.evidenceKeys = p.evidenceKeys,
    m.jobId = $jobId,
    m.updatedAt = datetime($now),
    h.updatedAt = datetime($now)
RETURN count(CASE WHEN existing IS NULL THEN 1 END) AS created, count(existing) AS updated
