// Papers behind a node ($eid): those that name it, introduce it or report its scores (or the paper
// itself), newest first.
MATCH (n) WHERE elementId(n) = $eid
CALL (n) {
  MATCH (p:Paper)-[:MENTIONS|INTRODUCES|LINKS_TO]->(n) RETURN p
  UNION
  MATCH (p:Paper)-[:REPORTS]->(:Result)-[:ON|ACHIEVED]-(n) RETURN p
  UNION
  MATCH (p:Paper) WHERE p = n RETURN p
}
RETURN DISTINCT p.id AS id, p.title AS title, toString(p.date) AS date, p.url AS url
ORDER BY date DESC
LIMIT $limit
