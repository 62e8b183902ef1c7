// Leaderboard of benchmark $key: the best (highest) value per model and metric, with the paper reporting it.
// Only result references are grouped; titles and evidence are read for the rows that are returned.
MATCH (b:Entity {key: $key})<-[:ON]-(r:Result)<-[:ACHIEVED]-(m:Entity)
WHERE r.value IS NOT NULL
WITH m, coalesce(r.metric, '') AS metric, r
ORDER BY r.value DESC, r.paper
WITH m, metric, head(collect(r)) AS best
ORDER BY metric, best.value DESC, m.name
LIMIT $limit
MATCH (p:Paper)-[:REPORTS]->(best)
RETURN metric, m.name AS model, best.value AS value, p.title AS paper, p.id AS paperId, best.evidence AS evidence
