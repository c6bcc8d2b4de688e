// Segment definitions, one node per segment id (the definition's version is a property).
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (s:Segment) REQUIRE s.segmentId IS UNIQUE
