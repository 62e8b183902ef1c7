// Deletes every relationship in small chunks (first half of emptying the graph; schema is kept).
MATCH ()-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS
