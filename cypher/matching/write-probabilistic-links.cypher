// A probabilistic link between two records, with its evidence: the match probability and weight, and per
// comparison the level reached and its log2 weight (the bars of a waterfall), the model and the job.
// `fromKey` sorts before `toKey`, so a pair has one probabilistic edge. Re-scoring overwrites the evidence.
// params: $links (list of {fromKey, toKey, probability, matchWeight, priorWeight, comparisons, levels, labels,
//         weights}), $modelVersion, $now, $jobId
UNWIND $links AS l
MATCH (a:SourceRecord {recordKey: l.fromKey}), (b:SourceRecord {recordKey: l.toKey})
MERGE (a)-[x:LINKED_TO {kind: 'PROBABILISTIC'}]->(b)
  ON CREATE SET x.createdAt = datetime($now)
SET x.method = 'fellegi_sunter',
    x.signal = 'INFERRED',
    x.confidence = l.probability,
    x.probability = l.probability,
    x.matchWeight = l.matchWeight,
    x.priorWeight = l.priorWeight,
    x.evidenceComparisons = l.comparisons,
    x.evidenceLevels = l.levels,
    x.evidenceLabels = l.labels,
    x.evidenceWeights = l.weights,
    x.modelVersion = $modelVersion,
    x.jobId = $jobId,
    x.updatedAt = datetime($now)
