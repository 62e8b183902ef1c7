// (Model)-[:TRAINED_ON {paper, evidence}]->(Dataset), one per paper that states it (new/changed papers only).
UNWIND $rows AS row
MATCH (m:Entity {key: row.model})
MATCH (d:Entity {key: row.dataset})
CREATE (m)-[:TRAINED_ON {paper: row.paper, evidence: row.evidence}]->(d)
