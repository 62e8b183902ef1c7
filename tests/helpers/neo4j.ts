// Test access to the real Neo4j: the local server (started if needed, left running for other suites),
// or the NEO4J_URI server when one is configured. Suites share it, so they never stop it for good.
import { connect, type Connection } from '../../src/db/index.ts';
import { loadCypher } from '../../src/db/cypher-files.ts';
import { resolveSettings, type Settings } from '../../src/settings.ts';

/** Settings the tests use: the environment's (NEO4J_URI…), with the home directory of the repo (.medkg/). */
export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return resolveSettings(overrides);
}

/** Starts the local server if it is not running and returns an open Connection (close it in afterAll). */
export async function ensureTestServer(overrides: Partial<Settings> = {}): Promise<Connection> {
  return connect(testSettings(overrides), { say: () => {} });
}

/** Deletes every node and relationship (constraints and indexes stay). */
export async function clearDatabase(connection: Connection): Promise<void> {
  const session = connection.driver.session({ database: connection.database });
  try {
    await session.run(loadCypher('db/clear-database'));
  } finally {
    await session.close();
  }
}
