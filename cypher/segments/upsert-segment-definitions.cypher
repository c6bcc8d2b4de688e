// Writes the segment definitions (data: rule, version, owner, purpose, policy categories).
// params: $segments (list of {segmentId, version, name, kind, owner, purpose, description, categories, rule (JSON), ruleText, sensitive}), $now
// returns: segmentId
UNWIND $segments AS s
MERGE (g:Segment {segmentId: s.segmentId})
  ON CREATE SET g.createdAt = $now
SET g.version = s.version, g.name = s.name, g.kind = s.kind, g.owner = s.owner, g.purpose = s.purpose,
    g.description = s.description, g.categories = s.categories, g.rule = s.rule, g.ruleText = s.ruleText,
    g.sensitive = s.sensitive, g.updatedAt = $now
RETURN g.segmentId AS segmentId
