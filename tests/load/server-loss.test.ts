// Stopping Neo4j in the middle of `medkg load`: the loader fails with one clear line, and after a
// restart a rerun ends with exactly the counts of a clean load. Runs on a private server (own port and
// store, the repo's launcher) so that stopping it cannot disturb other suites using the shared one.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from '../../src/db/index.ts';
import { launcherIsBuilt } from '../../src/db/launcher-build.ts';
import { applySchema, graphCounts, readExtractions } from '../../src/load/index.ts';
import { resolveSettings } from '../../src/settings.ts';
import { expectedCounts } from './expected-counts.ts';
import { startPrivateServer, type PrivateServer } from './private-server.ts';
import { runCli } from './run-cli.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const PORT = 7690;
const PAPERS = 8_000;
let server: PrivateServer | undefined;
let conn: Connection | undefined;

afterAll(async () => {
  await conn?.close();
  await server?.stop();
});

describe.skipIf(!launcherIsBuilt())('server going away mid-load', () => {
  it('fails with one clear line, and a rerun gives exactly the counts of a clean load', { timeout: 900_000 }, async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'medkg-loss-'));
    const file = path.join(home, 'extract.jsonl');
    await writeFile(file, [...syntheticCorpus(PAPERS)].map((r) => `${JSON.stringify(r)}\n`).join(''));
    const oracle = await expectedCounts(readExtractions([file]));

    server = await startPrivateServer(path.join(home, 'neo4j'), PORT);
    const env = { NEO4J_URI: server.uri };
    let stopping: Promise<void> | null = null;
    const interrupted = await runCli(['load', file, '--batch-size', '500'], {
      env,
      onStderr: (chunk) => {
        if (!stopping && /^load \d+\/\d+ papers/m.test(chunk)) stopping = server!.stop();
      },
    });
    expect(stopping).not.toBeNull();
    await stopping;
    const errorLines = interrupted.stderr.split('\n').filter((line) => line.startsWith('medkg:'));
    expect(interrupted.code).toBe(3);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(new RegExp(`^medkg: Neo4j at bolt://127\\.0\\.0\\.1:${PORT} is unavailable \\(.+\\); start it again and rerun the same command: loading is idempotent$`));
    expect(interrupted.stderr).not.toMatch(/\n\s+at /);

    server = await startPrivateServer(path.join(home, 'neo4j'), PORT);
    conn = await connect(resolveSettings({ neo4jUri: server.uri }));
    await applySchema(conn);
    const partial = await graphCounts(conn);
    expect(partial.nodes).toBeGreaterThan(0);
    expect(partial.nodes).toBeLessThan(oracle.nodes);

    const rerun = await runCli(['load', file], { env });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await graphCounts(conn)).toEqual(oracle);
  });
});
