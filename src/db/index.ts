// Public face of the database connection: one way to get a Neo4j driver from settings.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Settings } from '../settings.ts';
import { LOCAL_BOLT_URI } from '../settings.ts';

export interface Connection {
  driver: Driver;
  /** database name to pass to sessions and executeQuery (undefined: the server's default) */
  database: string | undefined;
  uri: string;
  close(): Promise<void>;
}

/** Open a driver for the configured server (NEO4J_URI), or the local one when none is configured. */
export async function connect(settings: Settings): Promise<Connection> {
  const uri = settings.neo4jUri ?? LOCAL_BOLT_URI;
  const auth = settings.neo4jPassword
    ? neo4j.auth.basic(settings.neo4jUser, settings.neo4jPassword)
    : undefined;
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true });
  await driver.verifyConnectivity();
  return { driver, uri, database: settings.neo4jDatabase ?? undefined, close: () => driver.close() };
}
