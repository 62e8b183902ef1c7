// Small tagged subgraphs the db tests write, count and remove, so they never touch other suites' data.
import { randomUUID } from 'node:crypto';
import type { Connection } from '../../src/db/index.ts';
import { loadCypher } from '../../src/db/cypher-files.ts';

export const MARKER_NODES = 3;
export const MARKER_RELATIONSHIPS = 2;

export function newMarker(): string {
  return `medkg-test-${randomUUID()}`;
}

export async function createMarkerGraph(connection: Connection, marker: string): Promise<void> {
  await connection.driver.executeQuery(loadCypher('db/marker-graph-create'), { marker }, { database: connection.database });
}

export async function countMarkerGraph(connection: Connection, marker: string): Promise<{ nodes: number; relationships: number }> {
  const result = await connection.driver.executeQuery(loadCypher('db/marker-graph-count'), { marker }, {
    database: connection.database,
    routing: 'READ',
  });
  const row = result.records[0]!;
  return { nodes: Number(row.get('nodes')), relationships: Number(row.get('relationships')) };
}

export async function deleteMarkerGraph(connection: Connection, marker: string): Promise<void> {
  await connection.driver.executeQuery(loadCypher('db/marker-graph-delete'), { marker }, { database: connection.database });
}
