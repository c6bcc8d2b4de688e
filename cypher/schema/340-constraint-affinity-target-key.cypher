// Categories and brands a customer stated a preference for: key = <kind>:<name>.
CREATE CONSTRAINT affinity_target_key IF NOT EXISTS FOR (t:AffinityTarget) REQUIRE t.key IS UNIQUE
