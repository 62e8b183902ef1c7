// connect(): local server when NEO4J_URI is unset, the configured server otherwise, one clear error when
// nothing answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '../../src/db/index.ts';
import { loadCypher } from '../../src/db/cypher-files.ts';
import { DatabaseUnavailableError } from '../../src/errors.ts';
import { ensureTestServer, testSettings } from '../helpers/neo4j.ts';
import { localEnv, runMedkg } from './run-medkg.ts';

describe('connect', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await ensureTestServer();
  });

  afterAll(async () => {
    await connection.close();
  });

  it('runs Cypher on the server it returns', async () => {
    const result = await connection.driver.executeQuery(loadCypher('db/ping'), {}, { database: connection.database });
    expect(result.records.map((row) => row.get('ok'))).toEqual([1]);
    expect(connection.uri).toBe(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687');
  });

  it('names the address and the fix when nothing answers at NEO4J_URI', async () => {
    const settings = testSettings({ neo4jUri: 'bolt://127.0.0.1:1' });
    const attempt = connect(settings, { say: () => {} });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(connect(settings, { say: () => {} })).rejects.toThrow(
      /^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 \(.+\): check NEO4J_URI or start that server, or set NEO4J_URI to another server$/,
    );
  });

  it('with NEO4J_URI set, `db start` uses that server and starts nothing', async () => {
    const run = await runMedkg(['db', 'start'], { ...localEnv(), NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('NEO4J_URI is set: using the server at bolt://127.0.0.1:1, not starting a local one');
  });

  it('reports an unreachable NEO4J_URI from the CLI in one line with exit code 3', async () => {
    const run = await runMedkg(['db', 'status'], { ...localEnv(), NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(3);
    const errorLines = run.stderr.trim().split('\n');
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^medkg: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 /);
  });
});
