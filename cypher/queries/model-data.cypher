// Benchmarks and datasets of model $key: what it was evaluated on and trained on, per paper.
MATCH (m:Entity {key: $key})
CALL (m) {
  MATCH (m)-[:ACHIEVED]->(r:Result)-[:ON]->(x:Entity)
  MATCH (p:Paper)-[:REPORTS]->(r)
  RETURN x, 'evaluated on' AS how, p, r.evidence AS evidence
  UNION
  MATCH (m)-[t:TRAINED_ON]->(x:Entity)
  MATCH (p:Paper {id: t.paper})
  RETURN x, 'trained on' AS how, p, t.evidence AS evidence
}
RETURN DISTINCT x.name AS name, [l IN labels(x) WHERE l <> 'Entity'] AS types, how, p.title AS paper,
       p.id AS paperId, evidence
ORDER BY how, name, paper
LIMIT $limit
