// Number of nodes in the database (answered from the count store).
MATCH (n) RETURN count(n) AS nodes
