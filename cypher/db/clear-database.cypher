// Deletes every node and relationship (schema stays), in batches so big graphs fit in memory.
// Needs an auto-commit transaction (session.run), because of CALL ... IN TRANSACTIONS.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
