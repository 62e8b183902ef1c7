// Entities whose key is $key or whose normalised surface forms contain $norm ($normQuery: the same
// norm as a quoted Lucene term for the keyword-analysed entity_norms index).
CALL () {
  MATCH (e:Entity {key: $key}) RETURN e
  UNION
  CALL db.index.fulltext.queryNodes('entity_norms', $normQuery) YIELD node RETURN node AS e
}
RETURN e.key AS key, e.name AS name, [l IN labels(e) WHERE l <> 'Entity'] AS types, e.aliases AS aliases,
       e.norms AS norms, COUNT { (e)--() } AS degree
ORDER BY degree DESC, key
