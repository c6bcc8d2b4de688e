// Withdraws a stated preference.
// params: $customerId (active id), $kind, $target
// returns: removed
MATCH (:Customer {customerId: $customerId})-[p:STATED_PREFERENCE]->(:AffinityTarget {key: $kind + ':' + $target})
DELETE p
RETURN count(*) AS removed
