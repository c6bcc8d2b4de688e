// Links the clustering guards refused, as the graph holds them now (each counted once).
MATCH ()-[x:LINKED_TO]->() WHERE x.cutReason IS NOT NULL
RETURN count(x) AS cutLinks
