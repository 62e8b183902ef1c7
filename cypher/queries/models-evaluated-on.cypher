// Every reported result on benchmark/dataset $key: model, metric, value, paper and evidence sentence,
// per model best value first. Results are found by the benchmark key they carry (index result_benchmark)
// and cut before models, papers and evidence are read: one index pass even for 10,000 results.
MATCH (r:Result)
WHERE r.benchmark = $key AND r.model IS NOT NULL
WITH r
ORDER BY r.model, r.value DESC
LIMIT $limit
MATCH (m:Entity)-[:ACHIEVED]->(r)
MATCH (p:Paper)-[:REPORTS]->(r)
RETURN m.name AS model, r.metric AS metric, r.value AS value, p.title AS paper, p.id AS paperId, p.date AS date,
       r.evidence AS evidence
ORDER BY model, value DESC, paper
