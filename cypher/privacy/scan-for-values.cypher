// Post-erasure scan: every node and relationship whose properties still contain an erased value
// (case-insensitive substring, so values inside JSON blobs count), or both values of a pair in one element
// (a full name). Reads the whole graph: meant for proofs after an erasure, not for the hot path.
// params: $terms (lower-case strings), $pairs (list of [lower-case string, lower-case string])
// returns: element ('node' or 'relationship'), labels (labels or [type]), properties (names that matched), pairHits (count)
CALL () {
  MATCH (n)
  UNWIND keys(n) AS k
  WITH n, k, toLower(CASE WHEN valueType(n[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN n[k] | s + ' ' + toString(x)) ELSE toString(n[k]) END) AS text
  WITH n, collect({k: k, text: text}) AS props
  WITH n, [p IN props WHERE any(t IN $terms WHERE p.text CONTAINS t) | p.k] AS direct,
       [pair IN $pairs WHERE any(p IN props WHERE p.text CONTAINS pair[0]) AND any(p IN props WHERE p.text CONTAINS pair[1])] AS pairHits
  WHERE size(direct) > 0 OR size(pairHits) > 0
  RETURN 'node' AS element, labels(n) AS labels, direct AS properties, size(pairHits) AS pairHits
  UNION ALL
  MATCH ()-[rel]->()
  UNWIND keys(rel) AS k
  WITH rel, k, toLower(CASE WHEN valueType(rel[k]) STARTS WITH 'LIST' THEN reduce(s = '', x IN rel[k] | s + ' ' + toString(x)) ELSE toString(rel[k]) END) AS text
  WITH rel, collect({k: k, text: text}) AS props
  WITH rel, [p IN props WHERE any(t IN $terms WHERE p.text CONTAINS t) | p.k] AS direct,
       [pair IN $pairs WHERE any(p IN props WHERE p.text CONTAINS pair[0]) AND any(p IN props WHERE p.text CONTAINS pair[1])] AS pairHits
  WHERE size(direct) > 0 OR size(pairHits) > 0
  RETURN 'relationship' AS element, [type(rel)] AS labels, direct AS properties, size(pairHits) AS pairHits
}
RETURN element, labels, properties, pairHits
