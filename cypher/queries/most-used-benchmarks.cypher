// Benchmarks by the number of papers that mention them, then by the number of reported results.
MATCH (b:Benchmark)
WITH b, COUNT { (b)<-[:MENTIONS]-(:Paper) } AS papers, COUNT { (b)<-[:ON]-(:Result) } AS results
ORDER BY papers DESC, results DESC, b.name
LIMIT $limit
RETURN b.name AS benchmark, papers, results
