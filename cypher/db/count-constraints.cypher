// Number of constraints in the database (tests check `medkg db init` adds none the second time).
SHOW CONSTRAINTS YIELD name
RETURN count(name) AS constraints
