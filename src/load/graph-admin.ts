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

/** Deletes every node and relationship (schema stays). Runs as an implicit transaction: IN TRANSACTIONS needs one. */
export async function clearGraph(conn: Connection): Promise<void> {
  const session = conn.driver.session({ database: conn.database });
  try {
    await session.run(loadCypher('load/clear-all'));
  } finally {
    await session.close();
  }
}
