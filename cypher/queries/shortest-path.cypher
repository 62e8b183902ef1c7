// Shortest path between entities $from and $to over any relationship, up to 8 hops.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH path = shortestPath((a)-[*..8]-(b))
RETURN [n IN nodes(path) | {
          kind: [l IN labels(n) WHERE l <> 'Entity'][0],
          name: coalesce(n.name, n.title, n.metric + ' = ' + toString(n.value), n.id)}] AS steps,
       [r IN relationships(path) | type(r)] AS via
