// Writes the population baseline (decayed category and brand evidence of all customers).
// params: $state (JSON), $now (ISO)
// returns: name
MATCH (p:PopulationBaseline {name: 'default'})
SET p.state = $state, p.updatedAt = $now
RETURN p.name AS name
