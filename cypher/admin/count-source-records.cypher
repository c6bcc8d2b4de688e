// returns: records (count of SourceRecord nodes; uses the label count store)
MATCH (r:SourceRecord) RETURN count(r) AS records
