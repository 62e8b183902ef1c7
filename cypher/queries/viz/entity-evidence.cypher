// Evidence sentences of the facts touching a node ($eid): its relationships and its scores, each
// with the paper that states it.
MATCH (n) WHERE elementId(n) = $eid
CALL (n) {
  MATCH (n)-[r]-(o)
  WHERE r.evidence IS NOT NULL
  RETURN type(r) AS relation, r.evidence AS text, coalesce(r.paper, CASE WHEN o:Paper THEN o.id END,
         CASE WHEN n:Paper THEN n.id END) AS paperId
  UNION
  MATCH (n)-[:ACHIEVED|ON|REPORTS]-(res:Result)
  WHERE res.evidence IS NOT NULL
  RETURN 'EVALUATED_ON' AS relation, res.evidence AS text, res.paper AS paperId
}
OPTIONAL MATCH (p:Paper {id: paperId})
RETURN DISTINCT relation, text,
       p.id AS paperId, p.title AS paperTitle, toString(p.date) AS paperDate, p.url AS paperUrl
LIMIT $limit
