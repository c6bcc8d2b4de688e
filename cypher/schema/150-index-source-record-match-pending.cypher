// Records written but not yet compared by a matching job; the sweeper finds them after a crash.
CREATE INDEX source_record_match_pending IF NOT EXISTS FOR (r:SourceRecord) ON (r.matchPending)
