// Who read a customer's data, and why: the audit entries about a customer (by subject key, indexed),
// optionally only those that returned a data category (e.g. health), newest first; $beforeSeq pages back.
// params: $subjectKeys (list: the customer's and its aliases' subject keys), $category (or null),
//         $beforeSeq (only entries older than this seq; null for the newest), $limit
// returns: entry (map of every property)
MATCH (a:AuditEntry)
WHERE a.subjectKey IN $subjectKeys AND ($category IS NULL OR $category IN a.categories)
  AND ($beforeSeq IS NULL OR a.seq < $beforeSeq)
RETURN properties(a) AS entry
ORDER BY a.seq DESC
LIMIT toInteger($limit)
