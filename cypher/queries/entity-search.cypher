// Entities matching a Lucene query over names and aliases (word search and autocomplete prefixes).
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node AS e, score
RETURN e.key AS key, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'] AS types, e.aliases AS aliases,
       e.norms AS norms, COUNT { (e)--() } AS degree, score
ORDER BY score DESC, degree DESC, key
