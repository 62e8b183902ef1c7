// Nodes named by $refs: each ref may be an entity key, a name, an alias, a paper id or a paper title.
// Used to turn the names in an answer table into a subgraph.
UNWIND $refs AS ref
CALL (ref) {
  MATCH (n:Entity) WHERE n.key = ref OR n.name = ref OR ref IN n.aliases RETURN n
  UNION
  MATCH (n:Paper) WHERE n.id = ref OR n.title = ref RETURN n
}
WITH DISTINCT n
WHERE any(l IN labels(n) WHERE l IN $nodeLabels)
RETURN elementId(n) AS eid,
       coalesce(n.key, n.id) AS id,
       labels(n) AS labels,
       coalesce(n.name, n.title, n.key, n.id) AS label,
       coalesce(n.aliases, []) AS aliases,
       COUNT { (n)-[r]-() WHERE NOT type(r) IN $skipRelations } AS degree,
       COUNT { (n)<-[:MENTIONS]-(:Paper) } AS papers
