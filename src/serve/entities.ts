// One node in full for the side panel (papers, results, evidence, links) and name/alias search.
import type { Connection } from '../db/index.ts';
import type { EntityDetails, SearchHit } from './api-schema.ts';
import { runRead } from './cypher-files.ts';
import { int, nodeTypes, num, str, toPaperRef } from './rows.ts';
import { findNode } from './slices.ts';

const PANEL_LIMIT = 200;

export async function entityDetails(conn: Connection, id: string): Promise<EntityDetails> {
  const { eid, node } = await findNode(conn, id);
  const params = { eid, limit: PANEL_LIMIT };
  const [papers, results, evidence, links] = await Promise.all([
    runRead(conn, 'entity-papers', params),
    runRead(conn, 'entity-results', params),
    runRead(conn, 'entity-evidence', params),
    runRead(conn, 'entity-links', params),
  ]);
  return {
    id: node.id,
    name: node.label,
    type: node.type,
    types: node.types,
    aliases: node.aliases,
    papers: papers.map((r) => ({ id: String(r.id), title: str(r.title) ?? String(r.id), date: str(r.date), url: str(r.url) })),
    results: results.map((r) => ({
      model: str(r.model) ?? '',
      benchmark: str(r.benchmark) ?? '',
      metric: str(r.metric),
      value: num(r.value),
      paper: toPaperRef(r),
    })),
    evidence: evidence.map((r) => ({ relation: String(r.relation), text: str(r.text) ?? '', paper: toPaperRef(r) })),
    links: links.filter((r) => str(r.url)).map((r) => ({ url: String(r.url), kind: str(r.kind) })),
  };
}

export async function searchNodes(conn: Connection, q: string, limit: number): Promise<SearchHit[]> {
  const rows = await runRead(conn, 'search-nodes', { q: q.toLowerCase(), limit });
  return rows.map((r) => ({
    id: String(r.id),
    name: str(r.name) ?? String(r.id),
    type: nodeTypes(r.labels)[0] ?? 'Model',
    alias: str(r.alias),
    degree: int(r.degree),
  }));
}
