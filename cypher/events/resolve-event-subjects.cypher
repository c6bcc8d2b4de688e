// Resolves event subjects to the active customer: a source record through RESOLVES_TO, a customer id
// directly; either follows MERGED_INTO from an absorbed id to the survivor.
// params: $subjects (list of {ref, recordKey, customerId}; one of recordKey / customerId is null)
// returns: ref, customerId (null when no customer resolves)
UNWIND $subjects AS s
OPTIONAL MATCH (:SourceRecord {recordKey: s.recordKey})-[:RESOLVES_TO]->(viaRecord:Customer)
OPTIONAL MATCH (direct:Customer {customerId: s.customerId})
WITH s, coalesce(viaRecord, direct) AS c
OPTIONAL MATCH (c)-[:MERGED_INTO*1..20]->(survivor:Customer {status: 'ACTIVE'})
RETURN s.ref AS ref, coalesce(survivor.customerId, c.customerId) AS customerId
