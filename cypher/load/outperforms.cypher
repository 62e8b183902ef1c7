// (Model)-[:OUTPERFORMS {paper, on, benchmark, evidence}]->(Model), one per paper and benchmark key
// (new/changed papers only).
UNWIND $rows AS row
MATCH (w:Entity) WHERE elementId(w) = row.w
MATCH (l:Entity) WHERE elementId(l) = row.l
CREATE (w)-[:OUTPERFORMS {paper: row.paper, on: row.on, benchmark: row.benchmark, evidence: row.evidence}]->(l)
