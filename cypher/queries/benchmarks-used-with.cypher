// Benchmarks mentioned by the same papers as benchmark $key.
MATCH (a:Entity {key: $key})<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(b:Benchmark)
WHERE b <> a
WITH a, b, count(p) AS papers
ORDER BY papers DESC, b.name
LIMIT $limit
RETURN a.name AS benchmark, b.name AS usedWith, papers
