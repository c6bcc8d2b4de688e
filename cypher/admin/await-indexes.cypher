// Blocks until every index is online, so that the first ingest uses them.
CALL db.awaitIndexes(300)
