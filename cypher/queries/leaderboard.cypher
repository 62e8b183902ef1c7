// Leaderboard of benchmark $key: the best value per model and metric, with the paper reporting it. Best is
// the highest value, or the lowest for metrics matching $lowerIsBetter (error rates, distances, losses).
// (the model predicate lets the composite index result_benchmark answer the lookup). Grouped on the keys
// each result carries; models, titles and evidence are read for returned rows only.
MATCH (r:Result)
WHERE r.benchmark = $key AND r.model IS NOT NULL AND r.value IS NOT NULL
WITH r.model AS modelKey, coalesce(r.metric, '') AS metric, r
WITH modelKey, metric, r, CASE WHEN metric =~ $lowerIsBetter THEN -r.value ELSE r.value END AS score
ORDER BY score DESC, r.paper
WITH modelKey, metric, head(collect(r)) AS best, max(score) AS bestScore
ORDER BY metric, bestScore DESC, modelKey
LIMIT $limit
MATCH (m:Entity {key: modelKey})
MATCH (p:Paper)-[:REPORTS]->(best)
RETURN metric, CASE WHEN metric =~ $lowerIsBetter THEN 'lower' ELSE 'higher' END AS better,
       m.name AS model, best.value AS value, p.title AS paper, p.id AS paperId, best.evidence AS evidence
ORDER BY metric, CASE better WHEN 'lower' THEN value ELSE -value END, model
