// The population baseline affinity lift is measured against.
// params: (none)
// returns: state (JSON)
MATCH (p:PopulationBaseline {name: 'default'})
RETURN p.state AS state
