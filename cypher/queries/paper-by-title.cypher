// Papers whose titles match the Lucene query $titleQuery (words of what the user typed), best first.
CALL db.index.fulltext.queryNodes('paper_titles', $titleQuery, {limit: 5}) YIELD node AS p, score
RETURN p.id AS id, p.title AS title, p.date AS date, score
ORDER BY score DESC
