// Deletes every node in small chunks once the relationships are gone (second half of emptying the graph).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
