// The one secret salt of audit subject keys and suppression hashes; created on first use, never changed
// (changing it would orphan every suppression entry and audit subject key).
// params: $candidate (random hex, used only when no salt exists yet)
// returns: salt
MERGE (s:PrivacySalt {name: 'privacy'})
ON CREATE SET s.salt = $candidate, s.createdAt = datetime()
RETURN s.salt AS salt
