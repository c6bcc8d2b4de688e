// What the ingest write path needs to check suppression: the salt, and whether any entry exists at all
// (before the first erasure the check costs this one round trip and nothing more).
// returns: salt (null before the first audit entry or erasure), anySuppressed (boolean)
OPTIONAL MATCH (s:PrivacySalt {name: 'privacy'})
RETURN s.salt AS salt, EXISTS { MATCH (:Suppression) } AS anySuppressed
