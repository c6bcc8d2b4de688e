// Suppression entries of an erasure: salted hashes only, so re-ingesting the old feed is recognised without
// keeping what was erased.
// params: $suppressions (list of {hash, kind}), $erasureId, $at (ISO string)
// returns: written (count)
UNWIND $suppressions AS s
MERGE (x:Suppression {hash: s.hash})
ON CREATE SET x.kind = s.kind, x.erasureId = $erasureId, x.createdAt = $at
RETURN count(x) AS written
