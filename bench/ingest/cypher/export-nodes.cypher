// Every node of one label, as a row of a neo4j-admin import node file.
// params: $label
// returns: id (elementId), labels (list), properties (map)
MATCH (n:$($label))
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
