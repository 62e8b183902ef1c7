// (Model)-[:TRAINED_ON {paper, evidence}]->(Dataset), one relationship per paper that states it.
UNWIND $rows AS row
MATCH (m:Entity {key: row.model})
MATCH (d:Entity {key: row.dataset})
MERGE (m)-[t:TRAINED_ON {paper: row.paper}]->(d)
SET t.evidence = row.evidence
