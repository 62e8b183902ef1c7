// Whole-graph helpers for tests, benchmarks and `medkg load --fresh`: count and clear.
import type { Connection } from '../db/index.ts';
import { loadCypher } from '../db/cypher-files.ts';

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function graphCounts(conn: Connection): Promise<GraphCounts> {
  const { records } = await conn.driver.executeQuery(loadCypher('load/counts'), {}, { database: conn.database, routing: 'READ' });
  const record = records[0]!;
  return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
}

/**
 * Deletes every node and relationship (schema stays): relationships first, then nodes, in small chunks, so
 * that hub nodes never put a whole neighbourhood in one transaction. Implicit transactions: IN
 * TRANSACTIONS needs them.
 */
export async function clearGraph(conn: Connection): Promise<void> {
  const session = conn.driver.session({ database: conn.database });
  try {
    await session.run(loadCypher('load/clear-relationships'));
    await session.run(loadCypher('load/clear-nodes'));
  } finally {
    await session.close();
  }
}
