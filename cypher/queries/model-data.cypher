// Benchmarks and datasets of model $key: what it was evaluated on and trained on, one row per entity and
// way, with how many papers state it and the earliest-id paper's evidence (read for returned rows only).
MATCH (m:Entity {key: $key})
CALL (m) {
  MATCH (m)-[:ACHIEVED]->(r:Result)-[:ON]->(x:Entity)
  RETURN x, 'evaluated on' AS how, r.paper AS paperId, r AS fact
  UNION ALL
  MATCH (m)-[t:TRAINED_ON]->(x:Entity)
  RETURN x, 'trained on' AS how, t.paper AS paperId, t AS fact
}
WITH x, how, paperId, fact
ORDER BY paperId
WITH x, how, count(DISTINCT paperId) AS papers, head(collect(fact)) AS example, head(collect(paperId)) AS exampleId
WITH x.name AS name, [l IN labels(x) WHERE l <> 'Entity'] AS types, how, papers, example, exampleId
ORDER BY how, papers DESC, name
LIMIT $limit
MATCH (p:Paper {id: exampleId})
RETURN name, types, how, papers, p.title AS paper, p.id AS paperId, example.evidence AS evidence
ORDER BY how, papers DESC, name
