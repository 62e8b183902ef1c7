// Deletes the whole graph in chunks (tests and `medkg load --fresh`); schema is kept.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
