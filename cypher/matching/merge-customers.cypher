// Absorbs customers into a survivor: the survivor keeps its id; the absorbed id stays as a MERGED alias
// that resolves through MERGED_INTO. Records move to the survivor.
// params: $merges (list of {absorbedId, survivorId, reason}), $now, $jobId
UNWIND $merges AS m
MATCH (absorbed:Customer {customerId: m.absorbedId}), (survivor:Customer {customerId: m.survivorId})
WHERE absorbed <> survivor
CALL (absorbed, survivor) {
  MATCH (r:SourceRecord)-[old:RESOLVES_TO]->(absorbed)
  MERGE (r)-[moved:RESOLVES_TO]->(survivor)
    ON CREATE SET moved.confidence = old.confidence, moved.method = old.method, moved.signal = old.signal,
                  moved.linkedAt = old.linkedAt, moved.jobId = old.jobId
  DELETE old
}
CALL (absorbed) {
  // Proposals were about the absorbed customer; household detection proposes again for the survivor.
  // Answers a customer gave (CONFIRMED, REJECTED) stay on the alias as the record of what they said; like its
  // PARTY_TO edges (relationships), every read follows MERGED_INTO to count them for the survivor
  // (docs/households.md, "Merged customers").
  MATCH (absorbed)-[proposal:MEMBER_OF {status: 'PROPOSED'}]->(:Household)
  DELETE proposal
}
CALL (absorbed, survivor) {
  // Reads go through aliases, so an answer given under the absorbed id (or under one of its own aliases) now
  // stands for the survivor; a proposal to the survivor for that same household is moot and would only
  // linger unseen, so it goes.
  MATCH (survivor)-[proposal:MEMBER_OF {status: 'PROPOSED'}]->(h:Household)
  WHERE EXISTS { MATCH (absorbed)<-[:MERGED_INTO*0..20]-(:Customer)-[answer:MEMBER_OF]->(h) WHERE answer.status <> 'PROPOSED' }
  DELETE proposal
}
SET absorbed.status = 'MERGED', absorbed.mergedAt = datetime($now), survivor.updatedAt = datetime($now),
    absorbed.revision = coalesce(absorbed.revision, 0) + 1, survivor.revision = coalesce(survivor.revision, 0) + 1
MERGE (absorbed)-[into:MERGED_INTO]->(survivor)
  ON CREATE SET into.at = datetime($now), into.jobId = $jobId, into.reason = m.reason
