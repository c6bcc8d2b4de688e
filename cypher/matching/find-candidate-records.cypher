// The records to compare each record with: those sharing a block no larger than its rule's limit, and those
// it already has a probabilistic link with (to re-score, and drop the link if it no longer holds).
// params: $recordKeys, $maxBlockSizes (map rule name -> largest block compared)
// returns: recordKey, candidateKeys, skippedBlocks (list of {rule, size})
UNWIND $recordKeys AS recordKey
MATCH (r:SourceRecord {recordKey: recordKey})
RETURN recordKey,
       COLLECT {
         MATCH (r)-[:IN_BLOCK]->(b:BlockingKey)
         WHERE COUNT { (b)<-[:IN_BLOCK]-() } <= coalesce($maxBlockSizes[b.rule], 500)
         MATCH (b)<-[:IN_BLOCK]-(other:SourceRecord)
         WHERE other <> r
         RETURN DISTINCT other.recordKey
         UNION
         MATCH (r)-[:LINKED_TO {kind: 'PROBABILISTIC'}]-(other:SourceRecord)
         RETURN DISTINCT other.recordKey
       } AS candidateKeys,
       COLLECT {
         MATCH (r)-[:IN_BLOCK]->(b:BlockingKey)
         WITH b, COUNT { (b)<-[:IN_BLOCK]-() } AS size
         WHERE size > coalesce($maxBlockSizes[b.rule], 500)
         RETURN {rule: b.rule, size: size}
       } AS skippedBlocks
