// returns: version (int or null)
MATCH (v:SchemaVersion {name: 'identity-graph'}) RETURN v.version AS version
