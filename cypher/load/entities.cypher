// Entity nodes keyed by canonical key: labels unioned, aliases and normalised forms merged across papers.
// Returns each entity's elementId, so the fact statements of the same transaction find it without a lookup.
// Lists are only written when a paper brings new names, so re-loads do not touch the full-text indexes.
// A lexicon (canonical) name replaces a name an earlier load stored; the old name becomes an alias.
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
  ON CREATE SET e.name = row.name, e.aliases = [], e.norms = []
FOREACH (_ IN CASE WHEN row.canonical AND e.name <> row.name THEN [1] ELSE [] END |
  SET e.aliases = [a IN e.aliases WHERE a <> row.name] + [e.name], e.name = row.name)
WITH e, row,
     [a IN row.aliases + [row.name] WHERE a <> e.name AND NOT a IN e.aliases] AS newAliases,
     [n IN row.norms WHERE NOT n IN e.norms] AS newNorms
FOREACH (_ IN CASE WHEN size(newAliases) > 0 THEN [1] ELSE [] END | SET e.aliases = e.aliases + newAliases)
FOREACH (_ IN CASE WHEN size(newNorms) > 0 THEN [1] ELSE [] END | SET e.norms = e.norms + newNorms)
FOREACH (_ IN CASE WHEN 'Model' IN row.labels AND NOT e:Model THEN [1] ELSE [] END | SET e:Model)
FOREACH (_ IN CASE WHEN 'Dataset' IN row.labels AND NOT e:Dataset THEN [1] ELSE [] END | SET e:Dataset)
FOREACH (_ IN CASE WHEN 'Benchmark' IN row.labels AND NOT e:Benchmark THEN [1] ELSE [] END | SET e:Benchmark)
FOREACH (_ IN CASE WHEN 'Metric' IN row.labels AND NOT e:Metric THEN [1] ELSE [] END | SET e:Metric)
FOREACH (_ IN CASE WHEN 'URL' IN row.labels AND NOT e:URL THEN [1] ELSE [] END | SET e:URL)
RETURN row.key AS key, elementId(e) AS node
