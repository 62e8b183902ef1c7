// Benchmark focus: every model with a score on the benchmark ($eid: element id), with its best score
// (highest value; scores without a value come last), the metric, and the paper that reports it.
MATCH (m)-[:ACHIEVED]->(res:Result)-[:ON]->(b)
WHERE elementId(b) = $eid
WITH m, res
ORDER BY res.value IS NULL, res.value DESC
WITH m, collect(res)[0] AS best
RETURN elementId(m) AS eid,
       m.key AS id,
       labels(m) AS labels,
       coalesce(m.name, m.key) AS label,
       coalesce(m.aliases, []) AS aliases,
       COUNT { (m)-[r]-() WHERE NOT type(r) IN $skipRelations } AS degree,
       COUNT { (m)<-[:MENTIONS]-(:Paper) } AS papers,
       elementId(best) AS edgeId,
       best.metric AS metric,
       best.value AS value,
       best.paper AS paper
