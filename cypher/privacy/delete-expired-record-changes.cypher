// Retention: change history (old names, addresses, identifiers) older than its categories' shortest TTL.
// params: $before (ISO datetime: changes made before it are deleted)
// returns: deleted (count)
MATCH (ch:RecordChange) WHERE ch.at < datetime($before)
DETACH DELETE ch
RETURN count(*) AS deleted
