// The salt of subject keys and suppression hashes exists once; concurrent MERGEs must not create two.
CREATE CONSTRAINT privacy_salt_name IF NOT EXISTS FOR (s:PrivacySalt) REQUIRE s.name IS UNIQUE
