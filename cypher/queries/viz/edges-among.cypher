// Every link between two nodes of a slice ($eids: element ids): direct relationships (except
// $skipRelations and the score plumbing), and each score as a Model-[EVALUATED_ON]->Benchmark edge.
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
CALL (a) {
  MATCH (a)-[r]->(b)
  WHERE NOT type(r) IN $skipRelations AND NOT type(r) IN ['ACHIEVED', 'ON', 'REPORTS']
  RETURN elementId(r) AS id, b, type(r) AS type, r.metric AS metric, r.value AS value, r.paper AS paper
  UNION
  MATCH (a)-[:ACHIEVED]->(res:Result)-[:ON]->(b)
  RETURN elementId(res) AS id, b, 'EVALUATED_ON' AS type, res.metric AS metric, res.value AS value,
         res.paper AS paper
}
WITH a, b, id, type, metric, value, paper
WHERE elementId(b) IN $eids
RETURN id, elementId(a) AS source, elementId(b) AS target, type, metric, value, paper
