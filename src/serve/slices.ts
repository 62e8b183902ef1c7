// Graph slices for the view, read from Neo4j: the best-connected nodes, the neighbourhood of a
// focus node (breadth-first, bounded), a benchmark with the models evaluated on it, or given nodes.
import type { Connection } from '../db/index.ts';
import type { GraphEdge, GraphNode, GraphSlice, NodeType, SliceQuery } from './api-schema.ts';
import { runRead, type Row } from './cypher-files.ts';
import { VIEW_LABELS, int, num, str, toGraphNode } from './rows.ts';

export class NodeNotFoundError extends Error {}

interface Collected {
  byEid: Map<string, GraphNode>;
}

function collect(rows: Row[], into: Collected): string[] {
  const added: string[] = [];
  for (const row of rows) {
    const { eid, node } = toGraphNode(row);
    if (!into.byEid.has(eid)) {
      into.byEid.set(eid, node);
      added.push(eid);
    }
  }
  return added;
}

async function edgesAmong(conn: Connection, byEid: Map<string, GraphNode>): Promise<GraphEdge[]> {
  const rows = await runRead(conn, 'edges-among', { eids: [...byEid.keys()] });
  const edges: GraphEdge[] = [];
  for (const row of rows) {
    const source = byEid.get(String(row.source));
    const target = byEid.get(String(row.target));
    if (!source || !target) continue;
    edges.push({
      id: String(row.id),
      source: source.id,
      target: target.id,
      type: String(row.type),
      metric: str(row.metric),
      value: num(row.value),
      paper: str(row.paper),
    });
  }
  return edges;
}

function labelsFor(types: NodeType[] | undefined): NodeType[] {
  return types && types.length > 0 ? types : VIEW_LABELS;
}

/** Resolve a view id to the node's element id and display record. */
export async function findNode(conn: Connection, id: string): Promise<{ eid: string; node: GraphNode }> {
  const rows = await runRead(conn, 'node-by-id', { id });
  if (rows.length === 0) throw new NodeNotFoundError(`no node with id "${id}"`);
  return toGraphNode(rows[0]!);
}

/** The slice the view asks for: around `focus` to `depth` steps, or the top nodes by degree. */
export async function graphSlice(conn: Connection, q: SliceQuery): Promise<GraphSlice> {
  const nodeLabels = labelsFor(q.types);
  const into: Collected = { byEid: new Map() };
  let truncated = false;
  let focus: string | null = null;
  if (q.focus === undefined) {
    const rows = await runRead(conn, 'top-nodes', { nodeLabels, limit: q.limit });
    collect(rows, into);
    truncated = rows.length === q.limit;
  } else {
    const found = await findNode(conn, q.focus);
    focus = found.node.id;
    into.byEid.set(found.eid, found.node);
    let frontier = [found.eid];
    for (let step = 0; step < q.depth && frontier.length > 0; step++) {
      const room = q.limit - into.byEid.size;
      if (room <= 0) {
        truncated = true;
        break;
      }
      const rows = await runRead(conn, 'neighbours', {
        frontier,
        nodeLabels,
        limit: room + frontier.length,
      });
      const added = collect(rows.slice(0, room + frontier.length), into);
      if (into.byEid.size > q.limit) truncated = true;
      frontier = added;
    }
  }
  const edges = await edgesAmong(conn, into.byEid);
  // the overview leaves out nodes that link to nothing else in it: dots without lines say nothing
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = [...into.byEid.values()].filter((n) => focus !== null || linked.has(n.id));
  return { nodes, edges, focus, truncated };
}

/** Benchmark focus: the benchmark and each model evaluated on it, one edge with the model's best score. */
export async function benchmarkSlice(conn: Connection, id: string): Promise<GraphSlice> {
  const bench = await findNode(conn, id);
  const rows = await runRead(conn, 'benchmark-ring', { eid: bench.eid });
  const nodes: GraphNode[] = [bench.node];
  const edges: GraphEdge[] = [];
  for (const row of rows) {
    const { node } = toGraphNode(row);
    nodes.push(node);
    edges.push({
      id: String(row.edgeId),
      source: node.id,
      target: bench.node.id,
      type: 'EVALUATED_ON',
      metric: str(row.metric),
      value: num(row.value),
      paper: str(row.paper),
    });
  }
  return { nodes, edges, focus: bench.node.id, truncated: false };
}

/** The nodes named by `refs` (ids, names, titles or aliases) and the relationships between them. */
export async function sliceOfRefs(conn: Connection, refs: string[]): Promise<GraphSlice> {
  const into: Collected = { byEid: new Map() };
  collect(await runRead(conn, 'nodes-by-refs', { refs: [...new Set(refs)] }), into);
  return { nodes: [...into.byEid.values()], edges: await edgesAmong(conn, into.byEid), focus: null, truncated: false };
}

export async function countNodes(conn: Connection): Promise<number> {
  const rows = await runRead(conn, 'count-nodes', {});
  return int(rows[0]?.nodes);
}
