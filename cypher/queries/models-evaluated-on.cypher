// Every reported result on benchmark/dataset $key: model, metric, value, paper and evidence sentence,
// per model best value first. Rows are ordered and cut before paper titles and evidence are read.
MATCH (b:Entity {key: $key})<-[:ON]-(r:Result)<-[:ACHIEVED]-(m:Entity)
WITH m.name AS model, r
ORDER BY model, r.value DESC, r.paper, r.metric
LIMIT $limit
MATCH (p:Paper)-[:REPORTS]->(r)
RETURN model, r.metric AS metric, r.value AS value, p.title AS paper, p.id AS paperId, p.date AS date,
       r.evidence AS evidence
