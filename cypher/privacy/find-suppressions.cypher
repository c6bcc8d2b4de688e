// Which of these salted hashes belong to erased customers.
// params: $hashes (list of hex strings)
// returns: hash
UNWIND $hashes AS hash
MATCH (s:Suppression {hash: hash})
RETURN s.hash AS hash
