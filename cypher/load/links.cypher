// (Paper)-[:LINKS_TO {kind, evidence}]->(URL): code, model hub, dataset or project page (new/changed papers only).
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (u:Entity {key: row.key})
CREATE (p)-[:LINKS_TO {kind: row.kind, evidence: row.evidence}]->(u)
