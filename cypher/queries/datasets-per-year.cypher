// Datasets introduced per year (by the date of the introducing paper).
MATCH (p:Paper)-[:INTRODUCES]->(d:Dataset)
WHERE p.year IS NOT NULL
WITH p.year AS year, collect(DISTINCT d.name) AS names
RETURN year, size(names) AS datasets, names[..$limit] AS examples
ORDER BY year
