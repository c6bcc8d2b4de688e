// Every relationship of one type, as a row of a neo4j-admin import relationship file.
// params: $type
// returns: startId, endId (elementIds of the nodes), properties (map)
MATCH (a)-[r:$($type)]->(b)
RETURN elementId(a) AS startId, elementId(b) AS endId, properties(r) AS properties
