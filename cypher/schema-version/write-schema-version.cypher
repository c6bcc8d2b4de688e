// params: $version (int), $appliedAt (ISO string), $statements (list of file names)
MERGE (v:SchemaVersion {name: 'identity-graph'})
SET v.version = $version, v.appliedAt = datetime($appliedAt), v.statements = $statements
