// One :Result node per reported score (new/changed papers only): (Model)-[:ACHIEVED]->(Result)-[:ON]->
// (Benchmark) and (Paper)-[:REPORTS]->(Result). A model scored on a benchmark in three papers has three.
UNWIND $rows AS row
MATCH (p:Paper) WHERE elementId(p) = row.p
MATCH (m:Entity) WHERE elementId(m) = row.m
MATCH (b:Entity) WHERE elementId(b) = row.b
CREATE (r:Result {id: row.id, paper: row.paper, model: row.model, benchmark: row.benchmark,
                  metric: row.metric, value: row.value, evidence: row.evidence})
CREATE (m)-[:ACHIEVED]->(r), (r)-[:ON]->(b), (p)-[:REPORTS]->(r)
