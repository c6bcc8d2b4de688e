// A full matching run is resumed by its id.
CREATE CONSTRAINT matching_run_id IF NOT EXISTS FOR (m:MatchingRun) REQUIRE m.runId IS UNIQUE
