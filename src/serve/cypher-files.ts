// Reads the view's Cypher statements from cypher/queries/viz/*.cypher (every statement lives in a
// file; values only ever travel as parameters) and runs them in read-only sessions.
import neo4j from 'neo4j-driver';
import type { Connection } from '../db/index.ts';
import { loadCypher } from '../db/cypher-files.ts';
import { QUERY_DEFAULTS } from './rows.ts';

/** The text of cypher/queries/viz/<name>.cypher (read once through the shared Cypher file loader). */
export function vizQuery(name: string): string {
  return loadCypher(`queries/viz/${name}`);
}

export type Row = Record<string, unknown>;

/** LIMIT needs a Cypher integer: JS numbers would travel as floats. */
function withIntegers(params: Record<string, unknown>): Record<string, unknown> {
  const out = { ...params };
  if (typeof out.limit === 'number') out.limit = neo4j.int(Math.trunc(out.limit));
  return out;
}

/** Run one named statement (with the view's default parameters) in a READ session (the server refuses writes there) and return plain rows. */
export async function runRead(conn: Connection, name: string, params: Record<string, unknown>): Promise<Row[]> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(vizQuery(name), withIntegers({ ...QUERY_DEFAULTS, ...params })));
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}
