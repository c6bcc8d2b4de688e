// The property keys of one relationship type and the value types each key holds, for the import CSV header.
// params: $type
// returns: key, types (list of valueType() strings)
MATCH ()-[r:$($type)]->()
UNWIND keys(r) AS key
RETURN key, collect(DISTINCT valueType(r[key])) AS types
