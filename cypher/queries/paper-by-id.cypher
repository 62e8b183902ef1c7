// The paper with id $id.
MATCH (p:Paper {id: $id})
RETURN p.id AS id, p.title AS title, p.date AS date, 1000.0 AS score
