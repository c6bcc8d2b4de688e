// A suppression entry per salted hash of an erased record key or strong identifier.
CREATE CONSTRAINT suppression_hash IF NOT EXISTS FOR (s:Suppression) REQUIRE s.hash IS UNIQUE
