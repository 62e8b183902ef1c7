// Every relationship with the stable ids of its ends, its type and properties.
MATCH (a)-[r]->(b)
RETURN coalesce(a.key, a.id, elementId(a)) AS source, coalesce(b.key, b.id, elementId(b)) AS target,
       type(r) AS type, properties(r) AS properties
ORDER BY source, target, type
