// Leaderboard of benchmark $key: the best (highest) value per model and metric, with the paper reporting it.
// (the model predicate lets the composite index result_benchmark answer the lookup). Grouped on the keys each result carries; models, titles and evidence are read for returned rows only.
MATCH (r:Result)
WHERE r.benchmark = $key AND r.model IS NOT NULL AND r.value IS NOT NULL
WITH r.model AS modelKey, coalesce(r.metric, '') AS metric, r
ORDER BY r.value DESC, r.paper
WITH modelKey, metric, head(collect(r)) AS best
ORDER BY metric, best.value DESC, modelKey
LIMIT $limit
MATCH (m:Entity {key: modelKey})
MATCH (p:Paper)-[:REPORTS]->(best)
RETURN metric, m.name AS model, best.value AS value, p.title AS paper, p.id AS paperId, best.evidence AS evidence
ORDER BY metric, value DESC, model
