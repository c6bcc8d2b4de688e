CREATE INDEX source_record_source IF NOT EXISTS FOR (r:SourceRecord) ON (r.source)
