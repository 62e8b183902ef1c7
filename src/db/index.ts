// Public face of the database connection: one way to get a Neo4j driver from settings. With NEO4J_URI
// it connects there; without, it uses (and if needed starts) medkg's local server on 127.0.0.1:7687.
import neo4j, { type Driver } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors.ts';
import type { Settings } from '../settings.ts';
import { LOCAL_BOLT_URI } from '../settings.ts';
import { authFor, firstLine } from './bolt-probe.ts';
import { ensureLocalServer } from './local-server.ts';

export { loadCypher } from './cypher-files.ts';
export { ensureLocalServer, localServerState, stopLocalServer } from './local-server.ts';

export interface Connection {
  driver: Driver;
  /** database name to pass to sessions and executeQuery (undefined: the server's default) */
  database: string | undefined;
  uri: string;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** progress lines while the local server is built or started (default: stderr) */
  say?: (line: string) => void;
}

/** Open a driver for the configured server (NEO4J_URI), or the local one when none is configured. */
export async function connect(settings: Settings, options: ConnectOptions = {}): Promise<Connection> {
  const say = options.say ?? ((line: string) => process.stderr.write(`medkg: ${line}\n`));
  if (settings.neo4jUri === null) await ensureLocalServer(settings, say);
  const uri = settings.neo4jUri ?? LOCAL_BOLT_URI;
  const driver = neo4j.driver(uri, authFor(settings), {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.verifyConnectivity({ database: settings.neo4jDatabase ?? undefined });
  } catch (error) {
    await driver.close();
    throw unreachable(uri, settings, error);
  }
  return { driver, uri, database: settings.neo4jDatabase ?? undefined, close: () => driver.close() };
}

/** The one-line error for a server that cannot be used, saying what to do about it. */
export function unreachable(uri: string, settings: Settings, error: unknown): DatabaseUnavailableError {
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('Neo.ClientError.Security')) {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri} refused the credentials of user ${settings.neo4jUser}: set NEO4J_USER and NEO4J_PASSWORD`,
    );
  }
  const fix = settings.neo4jUri === null ? 'start it with `medkg db start`' : 'check NEO4J_URI or start that server';
  return new DatabaseUnavailableError(
    `cannot reach Neo4j at ${uri} (${firstLine(error)}): ${fix}, or set NEO4J_URI to another server`,
  );
}
