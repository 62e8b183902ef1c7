// (Paper)-[:LINKS_TO {kind, evidence}]->(URL): code, model hub, dataset or project page (new/changed papers only).
UNWIND $rows AS row
MATCH (p:Paper) WHERE elementId(p) = row.p
MATCH (u:Entity) WHERE elementId(u) = row.e
CREATE (p)-[:LINKS_TO {kind: row.kind, evidence: row.evidence}]->(u)
