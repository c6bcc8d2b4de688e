// Puts each record in the blocks of its blocking keys (rule name + key), and out of blocks it left.
// A block is a node so that finding a record's candidates is a two-hop expansion, and its size a degree.
// params: $entries (list of {recordKey, keys: list of {key, rule}})
UNWIND $entries AS entry
MATCH (r:SourceRecord {recordKey: entry.recordKey})
CALL (r, entry) {
  OPTIONAL MATCH (r)-[old:IN_BLOCK]->(b:BlockingKey)
  WHERE NOT b.key IN [k IN entry.keys | k.key]
  DELETE old
}
CALL (r, entry) {
  UNWIND entry.keys AS k
  MERGE (b:BlockingKey {key: k.key})
    ON CREATE SET b.rule = k.rule
  MERGE (r)-[:IN_BLOCK]->(b)
}
