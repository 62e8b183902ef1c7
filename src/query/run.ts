// Runs a canned read query from cypher/queries/ with parameters, in a read transaction, and checks
// every row against its zod schema.
import neo4j from 'neo4j-driver';
import type { z } from 'zod';
import type { Connection } from '../db/index.ts';
import { loadCypher } from '../db/cypher-files.ts';
import { asDatabaseError } from '../load/database-errors.ts';

export type Params = Record<string, unknown>;

/** Whole numbers that Cypher needs as integers (LIMIT, SKIP): JS numbers would arrive as floats. */
export function integer(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(Math.trunc(value));
}

export async function readRows<S extends z.ZodType>(conn: Connection, name: string, params: Params, schema: S): Promise<z.infer<S>[]> {
  let records;
  try {
    ({ records } = await conn.driver.executeQuery(loadCypher(`queries/${name}`), params, {
      database: conn.database,
      routing: neo4j.routing.READ,
    }));
  } catch (error) {
    throw asDatabaseError(error, conn.uri, 'start it (`medkg db start`) or set NEO4J_URI');
  }
  return records.map((record) => schema.parse(record.toObject()));
}
