// Turns raw Neo4j rows into the API records of api-schema.ts (labels to a node type, numbers, dates).
import type { GraphNode, NodeType, PaperRef } from './api-schema.ts';
import type { Row } from './cypher-files.ts';

/** Labels the view shows, most specific first: the first a node carries is its colour. */
export const VIEW_LABELS: NodeType[] = ['Paper', 'Model', 'Benchmark', 'Dataset', 'Metric', 'URL'];

/** Paper-mentions-entity links connect everything to everything: slices and degrees leave them out. */
export const SKIPPED_RELATIONS = ['MENTIONS'];

/** Parameters every view statement may use. */
export const QUERY_DEFAULTS = { nodeLabels: VIEW_LABELS, skipRelations: SKIPPED_RELATIONS };

export function nodeTypes(labels: unknown): NodeType[] {
  const have = new Set(Array.isArray(labels) ? labels.map(String) : []);
  return VIEW_LABELS.filter((l) => have.has(l));
}

export function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return String(v);
}

export function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function int(v: unknown): number {
  return Math.max(0, Math.round(num(v) ?? 0));
}

/** A node row (eid, id, labels, label, aliases, degree, papers) as a GraphNode plus its element id. */
export function toGraphNode(row: Row): { eid: string; node: GraphNode } {
  const types = nodeTypes(row.labels);
  const id = str(row.id) ?? String(row.eid);
  return {
    eid: String(row.eid),
    node: {
      id,
      label: str(row.label) ?? id,
      type: types[0] ?? 'Model',
      types,
      aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
      degree: int(row.degree),
      papers: int(row.papers),
    },
  };
}

/** The paper columns prefixed `paper` (paperId, paperTitle, ...) as a PaperRef, or null. */
export function toPaperRef(row: Row, prefix = 'paper'): PaperRef | null {
  const id = str(row[`${prefix}Id`]);
  if (!id) return null;
  return {
    id,
    title: str(row[`${prefix}Title`]) ?? id,
    date: str(row[`${prefix}Date`]),
    url: str(row[`${prefix}Url`]),
  };
}
