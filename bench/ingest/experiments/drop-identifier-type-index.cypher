// EXPERIMENT (bench graph only): without the identifier_type index (cypher/schema/070), which no statement
// needs for a lookup, find-deterministic-neighbours has no index to start its neighbour search from.
DROP INDEX identifier_type IF EXISTS
