// The $limit best-connected nodes with one of $nodeLabels: the overview when no focus is given.
// Rank counts links to nodes the overview shows (and scores, through their :Result nodes); it leaves
// out $skipRelations (MENTIONS links every paper to every entity it names).
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $nodeLabels)
WITH n, COUNT { (n)-[r]-(m) WHERE NOT type(r) IN $skipRelations
                AND (m:Result OR any(l IN labels(m) WHERE l IN $nodeLabels)) } AS rank
WHERE rank > 0
ORDER BY rank DESC, elementId(n)
LIMIT $limit
RETURN elementId(n) AS eid,
       coalesce(n.key, n.id) AS id,
       labels(n) AS labels,
       coalesce(n.name, n.title, n.key, n.id) AS label,
       coalesce(n.aliases, []) AS aliases,
       COUNT { (n)-[r]-() WHERE NOT type(r) IN $skipRelations } AS degree,
       COUNT { (n)<-[:MENTIONS]-(:Paper) } AS papers
