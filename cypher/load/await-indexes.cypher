// Waits until every index is online (after schema changes), up to 300 seconds.
CALL db.awaitIndexes(300)
