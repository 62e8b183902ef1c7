// Every reported result on benchmark/dataset $key: model, metric, value, paper and evidence sentence.
MATCH (b:Entity {key: $key})<-[:ON]-(r:Result)<-[:ACHIEVED]-(m:Entity)
MATCH (p:Paper)-[:REPORTS]->(r)
RETURN m.name AS model, r.metric AS metric, r.value AS value, p.title AS paper, p.id AS paperId,
       p.date AS date, r.evidence AS evidence
ORDER BY model, paper, metric
LIMIT $limit
