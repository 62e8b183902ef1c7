// How big the graph is and which server holds it (for `medkg db status` and tests).
import type { Connection } from './index.ts';
import { loadCypher } from './cypher-files.ts';

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function countGraph(connection: Connection): Promise<GraphCounts> {
  const options = { database: connection.database, routing: 'READ' as const };
  const [nodes, relationships] = await Promise.all([
    connection.driver.executeQuery(loadCypher('db/count-nodes'), {}, options),
    connection.driver.executeQuery(loadCypher('db/count-relationships'), {}, options),
  ]);
  return {
    nodes: Number(nodes.records[0]?.get('nodes') ?? 0),
    relationships: Number(relationships.records[0]?.get('relationships') ?? 0),
  };
}

/** "Neo4j Kernel 5.26.30 community", or null when the server does not say. */
export async function serverVersion(connection: Connection): Promise<string | null> {
  const result = await connection.driver.executeQuery(loadCypher('db/server-version'), {}, {
    database: connection.database,
    routing: 'READ',
  });
  const row = result.records[0];
  return row ? `${row.get('name')} ${row.get('version')} ${row.get('edition')}` : null;
}
