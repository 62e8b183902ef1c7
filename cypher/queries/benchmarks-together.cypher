// Pairs of benchmarks mentioned by the same papers, most frequent pairs first.
MATCH (a:Benchmark)<-[:MENTIONS]-(p:Paper)-[:MENTIONS]->(b:Benchmark)
WHERE a.key < b.key
WITH a, b, count(p) AS papers
ORDER BY papers DESC, a.name, b.name
LIMIT $limit
RETURN a.name AS benchmark, b.name AS usedWith, papers
