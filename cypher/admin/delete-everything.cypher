// Empties the graph in batches. Only test and benchmark code calls it, and only on their own profiles.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
