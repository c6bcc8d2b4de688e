// A trained matching model is stored once per version.
CREATE CONSTRAINT matching_model_version IF NOT EXISTS FOR (m:MatchingModel) REQUIRE m.version IS UNIQUE
