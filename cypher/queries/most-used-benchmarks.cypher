// Benchmarks by the number of papers that mention them, then by the number of reported results
// (relationship-type degrees: read from the node, not by walking its relationships).
MATCH (b:Benchmark)
WITH b, COUNT { (b)<-[:MENTIONS]-() } AS papers, COUNT { (b)<-[:ON]-() } AS results
ORDER BY papers DESC, results DESC, b.name
LIMIT $limit
RETURN b.name AS benchmark, papers, results
