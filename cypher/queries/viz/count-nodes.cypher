// Health probe: how many nodes the graph holds.
MATCH (n) WHERE n:Entity OR n:Paper RETURN count(n) AS nodes
