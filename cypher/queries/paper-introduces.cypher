// What paper $id introduces (models, datasets, benchmarks), with the sentence that says so.
MATCH (p:Paper {id: $id})-[i:INTRODUCES]->(e:Entity)
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'] AS types, p.title AS paper, p.id AS paperId,
       i.evidence AS evidence
ORDER BY name
