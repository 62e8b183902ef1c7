// Number of relationships in the database (answered from the count store).
MATCH ()-[r]->() RETURN count(r) AS relationships
