// (Paper)-[:MENTIONS {count}]->(Entity): how often the paper names the entity. Only for papers whose
// facts are not in the graph yet (new or changed), so CREATE is idempotent at the paper level.
UNWIND $rows AS row
MATCH (p:Paper) WHERE elementId(p) = row.p
MATCH (e:Entity) WHERE elementId(e) = row.e
CREATE (p)-[:MENTIONS {count: row.count}]->(e)
