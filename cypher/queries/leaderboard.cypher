// Leaderboard of benchmark $key: the best (highest) value per model and metric, with the paper reporting it.
MATCH (b:Entity {key: $key})<-[:ON]-(r:Result)<-[:ACHIEVED]-(m:Entity)
WHERE r.value IS NOT NULL
MATCH (p:Paper)-[:REPORTS]->(r)
WITH m, coalesce(r.metric, '') AS metric, r, p
ORDER BY r.value DESC, p.id
WITH m, metric, collect({value: r.value, paper: p.title, paperId: p.id, evidence: r.evidence})[0] AS best
RETURN metric, m.name AS model, best.value AS value, best.paper AS paper, best.paperId AS paperId,
       best.evidence AS evidence
ORDER BY metric, value DESC, model
LIMIT $limit
