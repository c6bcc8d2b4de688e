// Erasure, step 4: steward decisions stay (they explain other customers' history) but lose the erased
// record keys and customer ids, which become 'erased'.
// params: $recordKeys, $customerIds
// returns: decisions (count changed)
MATCH (d:StewardDecision)
WHERE any(k IN coalesce(d.recordKeys, []) WHERE k IN $recordKeys)
   OR d.customerId IN $customerIds
   OR (d.groups IS NOT NULL AND any(k IN $recordKeys WHERE d.groups CONTAINS k))
SET d.recordKeys = CASE WHEN d.recordKeys IS NULL THEN null
                        ELSE [k IN d.recordKeys | CASE WHEN k IN $recordKeys THEN 'erased' ELSE k END] END,
    d.customerId = CASE WHEN d.customerId IN $customerIds THEN 'erased' ELSE d.customerId END,
    d.groups = CASE WHEN d.groups IS NULL THEN null ELSE reduce(g = d.groups, k IN $recordKeys | replace(g, k, 'erased')) END
RETURN count(d) AS decisions
