// (Paper)-[:INTRODUCES {evidence}]->(Entity): the paper proposes or releases the entity.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.key})
MERGE (p)-[i:INTRODUCES]->(e)
SET i.evidence = row.evidence
