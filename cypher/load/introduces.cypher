// (Paper)-[:INTRODUCES {evidence}]->(Entity): the paper proposes or releases the entity (new/changed papers only).
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.key})
CREATE (p)-[:INTRODUCES {evidence: row.evidence}]->(e)
