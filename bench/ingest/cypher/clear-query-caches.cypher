// Drops the server's cached query plans, so that every run plans its statements afresh against the
// (now empty) graph, as the first ingest into a new deployment does, whatever ran before on this server.
CALL db.clearQueryCaches()
