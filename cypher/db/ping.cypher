// Smallest query that proves the server runs Cypher on the target database.
RETURN 1 AS ok
