// Records written before the matching view existed (schema version 3): matching cannot see them until re-ingested.
MATCH (r:SourceRecord) WHERE r.matchFields IS NULL
RETURN count(r) AS records
