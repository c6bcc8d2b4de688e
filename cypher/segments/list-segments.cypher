// Every segment definition with its member count.
// params: (none)
// returns: segment (map of the definition's properties), members
MATCH (s:Segment)
OPTIONAL MATCH (s)<-[m:IN_SEGMENT]-(:Customer)
RETURN s {.segmentId, .version, .name, .kind, .owner, .purpose, .description, .categories, .ruleText, .sensitive, .updatedAt} AS segment, count(m) AS members
ORDER BY segment.segmentId
