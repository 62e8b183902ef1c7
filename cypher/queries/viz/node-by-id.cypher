// Resolve a view node id (an entity key or a paper id) to its graph node, with display fields.
CALL () {
  MATCH (n:Entity {key: $id}) RETURN n
  UNION
  MATCH (n:Paper {id: $id}) RETURN n
}
RETURN elementId(n) AS eid,
       coalesce(n.key, n.id) AS id,
       labels(n) AS labels,
       coalesce(n.name, n.title, n.key, n.id) AS label,
       coalesce(n.aliases, []) AS aliases,
       COUNT { (n)-[r]-() WHERE NOT type(r) IN $skipRelations } AS degree,
       COUNT { (n)<-[:MENTIONS]-(:Paper) } AS papers
LIMIT 1
