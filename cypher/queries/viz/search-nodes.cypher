// Autocomplete: entities whose name or an alias contains $q (lower-case), and papers whose title
// does; exact, then prefix, then alias-prefix, then substring matches, best-connected first.
CALL () {
  MATCH (n:Entity) RETURN n, toLower(n.name) AS name, n.aliases AS aliases
  UNION
  MATCH (n:Paper) RETURN n, toLower(n.title) AS name, [] AS aliases
}
WITH n, name, [a IN aliases WHERE toLower(a) CONTAINS $q] AS hits
WHERE name CONTAINS $q OR size(hits) > 0
WITH n, name, hits,
     CASE WHEN name = $q OR any(a IN hits WHERE toLower(a) = $q) THEN 0
          WHEN name STARTS WITH $q THEN 1
          WHEN any(a IN hits WHERE toLower(a) STARTS WITH $q) THEN 2
          ELSE 3 END AS rank,
     COUNT { (n)-[r]-() WHERE NOT type(r) IN $skipRelations } AS degree
ORDER BY rank, degree DESC, name
LIMIT $limit
RETURN coalesce(n.key, n.id) AS id,
       coalesce(n.name, n.title) AS name,
       labels(n) AS labels,
       CASE WHEN name CONTAINS $q THEN null ELSE hits[0] END AS alias,
       degree
