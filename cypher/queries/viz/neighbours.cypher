// One step of a breadth-first slice: the neighbours of the $frontier nodes (element ids). A score
// (Model)-[:ACHIEVED]->(:Result)-[:ON]->(Benchmark) counts as one step; $skipRelations are not
// followed. Best-connected first, at most $limit.
UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
CALL (a) {
  MATCH (a)-[r]-(n) WHERE NOT type(r) IN $skipRelations AND NOT n:Result RETURN n
  UNION
  MATCH (a)-[:ACHIEVED|ON]-(:Result)-[:ACHIEVED|ON]-(n) RETURN n
}
WITH DISTINCT n
WHERE any(l IN labels(n) WHERE l IN $nodeLabels)
WITH n, COUNT { (n)-[r]-() WHERE NOT type(r) IN $skipRelations } AS rank
ORDER BY rank DESC, elementId(n)
LIMIT $limit
RETURN elementId(n) AS eid,
       coalesce(n.key, n.id) AS id,
       labels(n) AS labels,
       coalesce(n.name, n.title, n.key, n.id) AS label,
       coalesce(n.aliases, []) AS aliases,
       COUNT { (n)-[r]-() WHERE NOT type(r) IN $skipRelations } AS degree,
       COUNT { (n)<-[:MENTIONS]-(:Paper) } AS papers
