// The active model's version alone, so a worker can tell cheaply whether its cached model is current.
MATCH (m:MatchingModel) WHERE m.active
RETURN m.version AS version
ORDER BY m.activatedAt DESC
LIMIT 1
