// The population's decayed category and brand evidence (affinity lift is measured against it).
CREATE CONSTRAINT population_baseline_name IF NOT EXISTS FOR (p:PopulationBaseline) REQUIRE p.name IS UNIQUE
