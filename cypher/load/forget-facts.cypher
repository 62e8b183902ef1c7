// Removes every fact a paper stated ($ids: papers whose extraction changed) before its new facts are written.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
CALL (p) {
  OPTIONAL MATCH (p)-[r:MENTIONS|INTRODUCES|LINKS_TO]->()
  DELETE r
}
CALL (p) {
  OPTIONAL MATCH (p)-[:REPORTS]->(res:Result)
  DETACH DELETE res
}
CALL (id) {
  OPTIONAL MATCH ()-[t:TRAINED_ON|OUTPERFORMS {paper: id}]->()
  DELETE t
}
