// Creates (when missing) and write-locks the population baseline; returns its state.
// params: $now (ISO)
// returns: state (JSON or null)
MERGE (p:PopulationBaseline {name: 'default'})
  ON CREATE SET p.createdAt = $now
SET p.lockedAt = $now
RETURN p.state AS state
