// (Model)-[:TRAINED_ON {paper, evidence}]->(Dataset), one per paper that states it (new/changed papers only).
UNWIND $rows AS row
MATCH (m:Entity) WHERE elementId(m) = row.m
MATCH (d:Entity) WHERE elementId(d) = row.d
CREATE (m)-[:TRAINED_ON {paper: row.paper, evidence: row.evidence}]->(d)
