// (Paper)-[:MENTIONS {count}]->(Entity): how often the paper names the entity.
UNWIND $rows AS row
MATCH (p:Paper {id: row.paper})
MATCH (e:Entity {key: row.key})
MERGE (p)-[m:MENTIONS]->(e)
SET m.count = row.count
