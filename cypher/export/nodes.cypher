// Every node with a stable id (paper id, entity key, result id), its labels and properties.
MATCH (n)
RETURN coalesce(n.key, n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id
