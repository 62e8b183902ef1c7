// (Model)-[:OUTPERFORMS {paper, on, benchmark, evidence}]->(Model), one per paper and benchmark key
// (new/changed papers only).
UNWIND $rows AS row
MATCH (w:Entity {key: row.winner})
MATCH (l:Entity {key: row.loser})
CREATE (w)-[:OUTPERFORMS {paper: row.paper, on: row.on, benchmark: row.benchmark, evidence: row.evidence}]->(l)
