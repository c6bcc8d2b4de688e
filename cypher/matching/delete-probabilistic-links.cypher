// Drops probabilistic links whose pair no longer scores at or above the model's threshold.
// params: $pairs (list of {fromKey, toKey})
// returns: fromKey, toKey of each link dropped
UNWIND $pairs AS p
MATCH (:SourceRecord {recordKey: p.fromKey})-[x:LINKED_TO {kind: 'PROBABILISTIC'}]->(:SourceRecord {recordKey: p.toKey})
DELETE x
RETURN p.fromKey AS fromKey, p.toKey AS toKey
