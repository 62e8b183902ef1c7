// One :Result node per reported score: (Model)-[:ACHIEVED]->(Result)-[:ON]->(Benchmark) and
// (Paper)-[:REPORTS]->(Result). The Result has degree 3, so each MERGE stays cheap next to hub nodes.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (m:Entity {key: row.model})
MATCH (b:Entity {key: row.benchmark})
MERGE (r:Result {id: row.id})
SET r.paper = row.paper, r.metric = row.metric, r.value = row.value, r.evidence = row.evidence,
    r.model = row.model, r.benchmark = row.benchmark
MERGE (m)-[:ACHIEVED]->(r)
MERGE (r)-[:ON]->(b)
MERGE (p)-[:REPORTS]->(r)
