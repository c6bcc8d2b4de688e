// The graph's constraints and indexes (but the built-in token lookup indexes), so that a benchmark reset can
// drop them and re-apply cypher/schema/: new, empty indexes with fresh statistics, as a new deployment has.
// (Community's constraints are all index-backed, so SHOW INDEXES names them through owningConstraint.)
// returns: kind ('CONSTRAINT' or 'INDEX'), name
SHOW INDEXES YIELD name, type, owningConstraint
WHERE type <> 'LOOKUP'
RETURN CASE WHEN owningConstraint IS NULL THEN 'INDEX' ELSE 'CONSTRAINT' END AS kind,
       coalesce(owningConstraint, name) AS name
