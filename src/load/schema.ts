// Applies cypher/schema.cypher (constraints and indexes, all IF NOT EXISTS) statement by statement.
import type { Connection } from '../db/index.ts';
import { loadCypher } from '../db/cypher-files.ts';

/** The statements of cypher/schema.cypher, comments dropped, split on the `;` that ends each one. */
export function schemaStatements(): string[] {
  return loadCypher('schema')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export async function applySchema(conn: Connection): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) {
    await conn.driver.executeQuery(statement, {}, { database: conn.database });
  }
  await conn.driver.executeQuery(loadCypher('load/await-indexes'), {}, { database: conn.database });
  return statements.length;
}
