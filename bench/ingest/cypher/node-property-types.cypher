// The property keys of one label's nodes and the value types each key holds, to write the import CSV header.
// params: $label
// returns: key, types (list of valueType() strings, e.g. 'STRING NOT NULL', 'ZONED DATETIME NOT NULL')
MATCH (n:$($label))
UNWIND keys(n) AS key
RETURN key, collect(DISTINCT valueType(n[key])) AS types
