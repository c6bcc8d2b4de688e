// A customer-defined relationship (both parties agree) with its permissions.
CREATE CONSTRAINT relationship_id IF NOT EXISTS FOR (r:Relationship) REQUIRE r.relationshipId IS UNIQUE
