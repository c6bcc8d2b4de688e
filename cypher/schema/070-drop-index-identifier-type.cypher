// Schema version 2 dropped this index: no statement reads identifiers by type, and its presence let the
// planner start the deterministic neighbour search from it (every strong identifier read per record).
DROP INDEX identifier_type IF EXISTS
