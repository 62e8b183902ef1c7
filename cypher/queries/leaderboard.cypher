// Leaderboard of benchmark $key: the best value per model and metric, with the paper reporting it. Best is
// the highest value, or the lowest for metrics matching $lowerIsBetter (error rates, distances, losses).
// Results are reduced to min/max per model and metric on the keys each result carries (the model predicate
// lets the composite index result_benchmark answer the lookup); the regular expression runs once per
// distinct metric, not per model (that alone cost 70 ms on a benchmark with 7,000 models); only the
// returned rows fetch their result node (earliest paper on a tie), model name, title and evidence.
MATCH (r:Result)
WHERE r.benchmark = $key AND r.model IS NOT NULL AND r.value IS NOT NULL
WITH r.model AS modelKey, coalesce(r.metric, '') AS metric, min(r.value) AS lowest, max(r.value) AS highest
WITH collect({modelKey: modelKey, metric: metric, lowest: lowest, highest: highest}) AS groups, collect(DISTINCT metric) AS metrics
WITH groups, [m IN metrics WHERE m =~ $lowerIsBetter] AS lowerMetrics
UNWIND groups AS g
WITH g.modelKey AS modelKey, g.metric AS metric, g.metric IN lowerMetrics AS lower, g
WITH modelKey, metric, lower, CASE WHEN lower THEN g.lowest ELSE g.highest END AS bestValue
ORDER BY metric, CASE WHEN lower THEN bestValue ELSE -bestValue END, modelKey
LIMIT $limit
CALL (modelKey, metric, bestValue) {
  MATCH (r:Result)
  WHERE r.benchmark = $key AND r.model = modelKey AND r.value = bestValue AND coalesce(r.metric, '') = metric
  RETURN r AS best ORDER BY r.paper LIMIT 1
}
MATCH (m:Entity {key: modelKey})
MATCH (p:Paper)-[:REPORTS]->(best)
RETURN metric, CASE WHEN lower THEN 'lower' ELSE 'higher' END AS better,
       m.name AS model, best.value AS value, p.title AS paper, p.id AS paperId, best.evidence AS evidence
ORDER BY metric, CASE better WHEN 'lower' THEN value ELSE -value END, model
