// Settings in one place: Neo4j connection, batch size, workers and port, read once from flags and
// environment variables, with defaults and validation.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from './errors.ts';

export const LOCAL_BOLT_URI = 'bolt://127.0.0.1:7687';

export const Settings = z.object({
  /** NEO4J_URI; null means "use (and if needed start) the local server" */
  neo4jUri: z.string().nullable(),
  neo4jUser: z.string(),
  neo4jPassword: z.string(),
  neo4jDatabase: z.string().nullable(),
  /** where the local server keeps its files (.medkg/ in the current directory) */
  homeDir: z.string(),
  batchSize: z.number().int().min(1).max(100_000),
  workers: z.number().int().min(1).max(64),
  port: z.number().int().min(0).max(65535),
  host: z.string(),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  neo4jUri: null,
  neo4jUser: 'neo4j',
  neo4jPassword: '',
  neo4jDatabase: null,
  homeDir: path.resolve('.medkg'),
  batchSize: 2000,
  workers: Math.max(1, os.availableParallelism()),
  port: 4173,
  host: '127.0.0.1',
};

/** Defaults, then environment, then explicit overrides (flags); validated once. */
export function resolveSettings(overrides: Partial<Settings> = {}, env: NodeJS.ProcessEnv = process.env): Settings {
  const fromEnv: Partial<Settings> = {};
  if (env.NEO4J_URI) fromEnv.neo4jUri = env.NEO4J_URI;
  if (env.NEO4J_USER ?? env.NEO4J_USERNAME) fromEnv.neo4jUser = (env.NEO4J_USER ?? env.NEO4J_USERNAME)!;
  if (env.NEO4J_PASSWORD !== undefined) fromEnv.neo4jPassword = env.NEO4J_PASSWORD;
  if (env.NEO4J_DATABASE) fromEnv.neo4jDatabase = env.NEO4J_DATABASE;
  if (env.MEDKG_HOME) fromEnv.homeDir = path.resolve(env.MEDKG_HOME);
  const merged = { ...DEFAULT_SETTINGS, ...fromEnv, ...stripUndefined(overrides) };
  const parsed = Settings.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`invalid setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
