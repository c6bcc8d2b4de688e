// Node counts by label and relationship counts by type; scans the graph, for checks and tests, not hot paths.
// returns: nodes (list of {label, count}), relationships (list of {type, count})
CALL () {
  MATCH (n) UNWIND labels(n) AS label
  WITH label, count(*) AS total
  RETURN collect({label: label, count: total}) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS relType, count(*) AS total
  RETURN collect({type: relType, count: total}) AS relationships
}
RETURN nodes, relationships
