// Scores that involve the node ($eid) as model or benchmark, or that the node (a paper) reports.
MATCH (n) WHERE elementId(n) = $eid
CALL (n) {
  MATCH (n)-[:ACHIEVED]->(res:Result) RETURN res
  UNION
  MATCH (res:Result)-[:ON]->(n) RETURN res
  UNION
  MATCH (n)-[:REPORTS]->(res:Result) RETURN res
}
MATCH (m)-[:ACHIEVED]->(res)-[:ON]->(b)
OPTIONAL MATCH (p:Paper)-[:REPORTS]->(res)
RETURN coalesce(m.name, m.key) AS model,
       coalesce(b.name, b.key) AS benchmark,
       res.metric AS metric,
       res.value AS value,
       p.id AS paperId, p.title AS paperTitle, toString(p.date) AS paperDate, p.url AS paperUrl
ORDER BY benchmark, value IS NULL, value DESC, model
LIMIT $limit
