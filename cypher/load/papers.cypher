// Paper nodes, keyed by id. Returns each paper's state against its stored fingerprint: 'new', 'same'
// (its facts are already in the graph and are skipped) or 'changed' (its old facts are replaced).
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
WITH p, row, p.hash AS storedHash
SET p.title = row.title, p.date = row.date, p.year = row.year, p.authors = row.authors,
    p.url = row.url, p.upvotes = row.upvotes, p.truncated = row.truncated, p.hash = row.hash
RETURN row.id AS id, elementId(p) AS node,
       CASE WHEN storedHash IS NULL THEN 'new' WHEN storedHash = row.hash THEN 'same' ELSE 'changed' END AS state
