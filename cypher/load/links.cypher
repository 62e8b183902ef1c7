// (Paper)-[:LINKS_TO {kind, evidence}]->(URL): code, model hub, dataset or project page.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (u:Entity {key: row.key})
MERGE (p)-[l:LINKS_TO]->(u)
SET l.kind = row.kind, l.evidence = row.evidence
