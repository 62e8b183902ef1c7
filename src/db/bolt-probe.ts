// Asks a Bolt address whether a Neo4j answers there, without throwing: used to wait for the local server
// to come up and to tell "nothing listens" apart from "it answers but refuses our credentials".
import neo4j, { type AuthToken } from 'neo4j-driver';
import type { Settings } from '../settings.ts';
import { loadCypher } from './cypher-files.ts';

export type ProbeResult =
  | { state: 'up' }
  | { state: 'unauthorized'; reason: string }
  | { state: 'down'; reason: string };

/** Credentials the settings carry: none when NEO4J_PASSWORD is empty (a server without auth). */
export function authFor(settings: Settings): AuthToken | undefined {
  return settings.neo4jPassword ? neo4j.auth.basic(settings.neo4jUser, settings.neo4jPassword) : undefined;
}

/** Is a Neo4j answering Cypher at `uri` (on the configured database)? */
export async function probeBolt(uri: string, settings: Settings, timeoutMs = 3000): Promise<ProbeResult> {
  const driver = neo4j.driver(uri, authFor(settings), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0, // a probe answers now; executeQuery would otherwise retry for 30 s
    logging: { level: 'error', logger: () => {} },
  });
  try {
    await driver.executeQuery(loadCypher('db/ping'), {}, { database: settings.neo4jDatabase ?? undefined });
    return { state: 'up' };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason = firstLine(error);
    if (code.startsWith('Neo.ClientError.Security')) return { state: 'unauthorized', reason };
    return { state: 'down', reason };
  } finally {
    await driver.close();
  }
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.trim();
}
