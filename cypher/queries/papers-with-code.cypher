// Papers with links of kind $kind (code: also untyped links to GitHub/GitLab), newest first.
MATCH (p:Paper)-[l:LINKS_TO]->(u:Entity)
WHERE l.kind = $kind
   OR ($kind = 'code' AND l.kind IS NULL AND (u.key CONTAINS 'github.com' OR u.key CONTAINS 'gitlab.com'))
RETURN p.title AS paper, p.id AS paperId, p.date AS date, u.name AS url, l.kind AS kind
ORDER BY date DESC, paper, url
LIMIT $limit
