// Reads the whole Neo4j graph into a graphology MultiDirectedGraph (stable node ids: paper id, entity
// key, result id; scalar attributes only, lists joined with "; ") for the GEXF and GraphML writers.
import { MultiDirectedGraph } from 'graphology';
import type { Connection } from '../db/index.ts';
import { loadCypher } from '../db/cypher-files.ts';
import { asDatabaseError } from '../load/database-errors.ts';

export type Scalar = string | number | boolean;
export type Attributes = Record<string, Scalar>;

const LABEL_ORDER = ['Paper', 'Result', 'Model', 'Benchmark', 'Dataset', 'Metric', 'URL'];

export function scalarAttributes(properties: Record<string, unknown>): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) out[key] = value.join('; ');
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else out[key] = String(value);
  }
  return out;
}

export async function readDbGraph(conn: Connection): Promise<MultiDirectedGraph<Attributes, Attributes>> {
  const graph = new MultiDirectedGraph<Attributes, Attributes>();
  try {
    const opts = { database: conn.database, routing: 'READ' as const };
    const nodes = await conn.driver.executeQuery(loadCypher('export/nodes'), {}, opts);
    for (const record of nodes.records) {
      const labels = record.get('labels') as string[];
      const kind = LABEL_ORDER.find((l) => labels.includes(l)) ?? labels[0] ?? 'Node';
      const props = scalarAttributes(record.get('properties') as Record<string, unknown>);
      const label = String(props.name ?? props.title ?? (kind === 'Result' ? `${props.metric ?? 'result'} ${props.value ?? ''}`.trim() : record.get('id')));
      graph.mergeNode(String(record.get('id')), { ...props, label, kind, labels: labels.join(';') });
    }
    const rels = await conn.driver.executeQuery(loadCypher('export/relationships'), {}, opts);
    for (const record of rels.records) {
      const props = scalarAttributes(record.get('properties') as Record<string, unknown>);
      graph.addEdge(String(record.get('source')), String(record.get('target')), { ...props, type: String(record.get('type')) });
    }
  } catch (error) {
    throw asDatabaseError(error, conn.uri, 'start it (`medkg db start`) or set NEO4J_URI');
  }
  return graph;
}
