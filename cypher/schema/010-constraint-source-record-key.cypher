// A source record is one account in one source system: recordKey = '<source>:<sourceId>'.
CREATE CONSTRAINT source_record_key IF NOT EXISTS FOR (r:SourceRecord) REQUIRE r.recordKey IS UNIQUE
