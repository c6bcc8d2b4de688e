// EXPERIMENT (not used by src/): cypher/matching/find-deterministic-neighbours.cypher as it was before a485cb7
// (8d35750), to measure the plan problem that commit fixed:
//   npx tsx bench/ingest/profile-write-path.ts --size 20000 \
//     --override matching/find-deterministic-neighbours=bench/ingest/experiments/find-deterministic-neighbours.before-a485cb7.cypher
// With `(i:Identifier)` labelled in one pattern the planner may start the neighbour search from the
// Identifier(type) index (NodeIndexSeek + NodeHashJoin) and read every strong identifier in the graph for
// each input row; it did so in 6 of 6 profiler runs and kept the plan until Neo4j replanned.
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
OPTIONAL MATCH (r)-[:RESOLVES_TO]->(own:Customer)
RETURN recordKey,
       own.customerId AS customerId,
       toString(own.createdAt) AS customerCreatedAt,
       r.givenName AS givenName,
       COLLECT { MATCH (own)<-[:RESOLVES_TO]-(m:SourceRecord) WHERE m.givenName IS NOT NULL RETURN DISTINCT m.givenName } AS customerGivenNames,
       COLLECT {
         MATCH (r)-[h:HAS_IDENTIFIER]->(i:Identifier)<-[h2:HAS_IDENTIFIER]-(other:SourceRecord)
         WHERE other <> r AND NOT coalesce(i.generic, false)
           AND ((i.type IN $strongTypes AND h.signal = 'EXPLICIT' AND h2.signal = 'EXPLICIT')
             OR (i.type IN $verifiedTypes AND h.verified AND h2.verified))
         OPTIONAL MATCH (other)-[:RESOLVES_TO]->(oc:Customer)
         RETURN {recordKey: other.recordKey, customerId: oc.customerId, customerCreatedAt: toString(oc.createdAt),
                 identifierType: i.type, givenName: other.givenName,
                 customerGivenNames: COLLECT { MATCH (oc)<-[:RESOLVES_TO]-(m:SourceRecord) WHERE m.givenName IS NOT NULL RETURN DISTINCT m.givenName }} AS neighbour
       } AS neighbours
