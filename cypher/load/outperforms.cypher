// (Model)-[:OUTPERFORMS {paper, on, benchmark, evidence}]->(Model): one per paper and benchmark key.
UNWIND $rows AS row
MATCH (w:Entity {key: row.winner})
MATCH (l:Entity {key: row.loser})
MERGE (w)-[o:OUTPERFORMS {paper: row.paper, on: row.on}]->(l)
SET o.benchmark = row.benchmark, o.evidence = row.evidence
