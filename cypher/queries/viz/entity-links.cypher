// Code, model-hub, data and project links of a node ($eid): a paper's own links, or the links of the
// papers that introduce the entity.
MATCH (n) WHERE elementId(n) = $eid
CALL (n) {
  MATCH (n)-[l:LINKS_TO]->(u) RETURN u, l
  UNION
  MATCH (p:Paper)-[:INTRODUCES]->(n)
  MATCH (p)-[l:LINKS_TO]->(u) RETURN u, l
}
RETURN DISTINCT coalesce(u.name, u.key) AS url, l.kind AS kind
LIMIT $limit
