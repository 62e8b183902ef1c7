// Paper nodes, keyed by id; properties refreshed from the latest extraction.
UNWIND $rows AS row
MERGE (p:Paper {id: row.id})
SET p.title = row.title, p.date = row.date, p.year = row.year, p.authors = row.authors,
    p.url = row.url, p.upvotes = row.upvotes, p.truncated = row.truncated
