// The links between two source records with their evidence (probabilistic links carry the per-comparison
// waterfall), and each record's customer. No row when either record is unknown.
// params: $fromKey, $toKey
// returns: fromCustomerId, toCustomerId, links (list of maps)
MATCH (a:SourceRecord {recordKey: $fromKey}), (b:SourceRecord {recordKey: $toKey})
RETURN [(a)-[:RESOLVES_TO]->(c:Customer) | c.customerId][0] AS fromCustomerId,
       [(b)-[:RESOLVES_TO]->(c:Customer) | c.customerId][0] AS toCustomerId,
       COLLECT {
         MATCH (a)-[x:LINKED_TO]-(b)
         RETURN {kind: x.kind, method: x.method, confidence: x.confidence, probability: x.probability,
                 matchWeight: x.matchWeight, priorWeight: x.priorWeight, modelVersion: x.modelVersion,
                 comparisons: x.evidenceComparisons, labels: x.evidenceLabels, weights: x.evidenceWeights}
         ORDER BY x.kind
       } AS links
