// A blocking key is one node per key, shared by every record in its block.
CREATE CONSTRAINT blocking_key IF NOT EXISTS FOR (b:BlockingKey) REQUIRE b.key IS UNIQUE
