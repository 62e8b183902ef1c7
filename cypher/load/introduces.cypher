// (Paper)-[:INTRODUCES {evidence}]->(Entity): the paper proposes or releases the entity (new/changed papers only).
UNWIND $rows AS row
MATCH (p:Paper) WHERE elementId(p) = row.p
MATCH (e:Entity) WHERE elementId(e) = row.e
CREATE (p)-[:INTRODUCES {evidence: row.evidence}]->(e)
