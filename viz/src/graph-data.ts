// The graphology graph behind the view: slices from the server are merged in (upserts), node size
// follows degree, colour follows type, and new nodes start next to the node they were expanded from.
import { MultiDirectedGraph } from 'graphology';
import type { GraphEdge, GraphNode, GraphSlice, NodeType } from '../../src/serve/api-schema.ts';
import { RELATION_COLORS, DEFAULT_EDGE, typeColor } from './palette.ts';

export interface NodeAttrs {
  label: string;
  kind: NodeType;
  kinds: NodeType[];
  aliases: string[];
  degree: number;
  papers: number;
  x: number;
  y: number;
  size: number;
  color: string;
  fixed?: boolean;
}

export interface EdgeAttrs {
  relation: string;
  /** types of the two ends, kept on the edge so filters need no lookup per edge and frame */
  sourceKind: NodeType;
  targetKind: NodeType;
  /** the best stated score among the facts this edge stands for */
  metric: string | null;
  value: number | null;
  paper: string | null;
  /** how many facts (papers, scores) this one drawn edge stands for */
  count: number;
  color: string;
  size: number;
}

export interface GraphAttrs {
  /** server ids of the facts already folded into edges (re-expanding must not count them twice) */
  factIds?: Set<string>;
}

export type ViewGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

export function createGraph(): ViewGraph {
  return new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
}

/** Node radius in pixels at zoom 1: grows with the square root of the degree, within 3..22. */
export function nodeSize(node: Pick<GraphNode, 'degree' | 'papers'>): number {
  const weight = Math.max(node.degree, node.papers);
  return Math.min(22, 3 + 2.1 * Math.sqrt(weight));
}

/** "accuracy = 91.1" (and how many more scores share the edge); null when no score is stated. */
export function edgeLabel(edge: Pick<EdgeAttrs, 'metric' | 'value' | 'count'>): string | null {
  if (edge.value === null) return null;
  const score = edge.metric ? `${edge.metric} = ${edge.value}` : String(edge.value);
  return edge.count > 1 ? `${score} (+${edge.count - 1})` : score;
}

function startPosition(graph: ViewGraph, around: string | null, spread: number): { x: number; y: number } {
  const angle = Math.random() * 2 * Math.PI;
  if (around && graph.hasNode(around)) {
    const a = graph.getNodeAttributes(around);
    const r = spread * (0.3 + Math.random() * 0.7);
    return { x: a.x + r * Math.cos(angle), y: a.y + r * Math.sin(angle) };
  }
  const r = spread * Math.sqrt(Math.random());
  return { x: r * Math.cos(angle), y: r * Math.sin(angle) };
}

function upsertNode(graph: ViewGraph, node: GraphNode, around: string | null, spread: number): boolean {
  const attrs = {
    label: node.label,
    kind: node.type,
    kinds: node.types,
    aliases: node.aliases,
    degree: node.degree,
    papers: node.papers,
    size: nodeSize(node),
    color: typeColor(node.type),
  };
  if (graph.hasNode(node.id)) {
    graph.mergeNodeAttributes(node.id, attrs);
    return false;
  }
  graph.addNode(node.id, { ...attrs, ...startPosition(graph, around, spread) });
  return true;
}

/** One drawn edge per (source, target, relation): parallel facts fold into it, keeping the best score. */
function upsertEdge(graph: ViewGraph, edge: GraphEdge, seen: Set<string>): boolean {
  if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) return false;
  const key = `${edge.source}\u0000${edge.target}\u0000${edge.type}`;
  if (graph.hasEdge(key)) {
    if (seen.has(edge.id)) return false;
    seen.add(edge.id);
    const a = graph.getEdgeAttributes(key);
    const better = edge.value !== null && (a.value === null || edge.value > a.value);
    graph.mergeEdgeAttributes(key, better
      ? { count: a.count + 1, metric: edge.metric, value: edge.value, paper: edge.paper }
      : { count: a.count + 1 });
    return false;
  }
  seen.add(edge.id);
  graph.addDirectedEdgeWithKey(key, edge.source, edge.target, {
    relation: edge.type,
    sourceKind: graph.getNodeAttribute(edge.source, 'kind'),
    targetKind: graph.getNodeAttribute(edge.target, 'kind'),
    metric: edge.metric,
    value: edge.value,
    paper: edge.paper,
    count: 1,
    color: RELATION_COLORS[edge.type] ?? DEFAULT_EDGE,
    size: edge.type === 'EVALUATED_ON' ? 1.4 : 1,
  });
  return true;
}

/** Merge a slice into the graph; returns the ids of nodes that were not there before. */
export function mergeSlice(graph: ViewGraph, slice: GraphSlice, around: string | null = null): string[] {
  const spread = around ? 12 : Math.max(20, Math.sqrt(slice.nodes.length) * 12);
  const added: string[] = [];
  for (const node of slice.nodes) if (upsertNode(graph, node, around, spread)) added.push(node.id);
  const seen: Set<string> = graph.getAttribute('factIds') ?? new Set<string>();
  graph.setAttribute('factIds', seen);
  for (const edge of slice.edges) upsertEdge(graph, edge, seen);
  return added;
}

/** Replace the whole graph with one slice. */
export function replaceWithSlice(graph: ViewGraph, slice: GraphSlice): void {
  graph.clear();
  graph.setAttribute('factIds', new Set<string>());
  mergeSlice(graph, slice);
}
