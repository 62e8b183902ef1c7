// Ids of the papers that introduce entity $key.
MATCH (p:Paper)-[:INTRODUCES]->(:Entity {key: $key})
RETURN p.id AS id
ORDER BY id
