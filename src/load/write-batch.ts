// Writes one LoadBatch in one managed write transaction (the driver retries transient failures), one
// UNWIND statement per row kind, and adds up the server's counters.
import type { Connection } from '../db/index.ts';
import { loadCypher } from '../db/cypher-files.ts';
import type { LoadBatch } from '../schema/load-rows.ts';

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** rows that merge a node / a relationship: created + matched */
  nodeRows: number;
  relationshipRows: number;
}

/** Each row kind, its statement, and how many nodes / relationships one row merges. */
const STATEMENTS: { rows: keyof LoadBatch; file: string; nodes: number; relationships: number }[] = [
  { rows: 'papers', file: 'load/papers', nodes: 1, relationships: 0 },
  { rows: 'entities', file: 'load/entities', nodes: 1, relationships: 0 },
  { rows: 'mentions', file: 'load/mentions', nodes: 0, relationships: 1 },
  { rows: 'introduces', file: 'load/introduces', nodes: 0, relationships: 1 },
  { rows: 'results', file: 'load/results', nodes: 1, relationships: 3 },
  { rows: 'trainedOn', file: 'load/trained-on', nodes: 0, relationships: 1 },
  { rows: 'outperforms', file: 'load/outperforms', nodes: 0, relationships: 1 },
  { rows: 'links', file: 'load/links', nodes: 0, relationships: 1 },
];

export function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, nodeRows: 0, relationshipRows: 0 };
}

export function addCounters(into: WriteCounters, more: WriteCounters): WriteCounters {
  for (const key of Object.keys(into) as (keyof WriteCounters)[]) into[key] += more[key];
  return into;
}

export async function writeBatch(conn: Connection, batch: LoadBatch): Promise<WriteCounters> {
  const session = conn.driver.session({ database: conn.database });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = zeroCounters();
      for (const statement of STATEMENTS) {
        const rows = batch[statement.rows];
        if (rows.length === 0) continue;
        const result = await tx.run(loadCypher(statement.file), { rows });
        const updates = result.summary.counters.updates();
        counters.nodesCreated += updates.nodesCreated;
        counters.relationshipsCreated += updates.relationshipsCreated;
        counters.propertiesSet += updates.propertiesSet;
        counters.nodeRows += rows.length * statement.nodes;
        counters.relationshipRows += rows.length * statement.relationships;
      }
      return counters;
    });
  } finally {
    await session.close();
  }
}
