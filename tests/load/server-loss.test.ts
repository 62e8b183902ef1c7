// Stopping the local Neo4j in the middle of `medkg load` (through the db module's stop function): the
// loader fails with one clear line, and after a restart a rerun ends with exactly the counts of a clean
// load. The server is left running. Needs the local server (skipped when NEO4J_URI points elsewhere).
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureLocalServer, stopLocalServer, type Connection } from '../../src/db/index.ts';
import { applySchema, clearGraph, graphCounts, readExtractions } from '../../src/load/index.ts';
import { ensureTestServer, testSettings } from '../helpers/neo4j.ts';
import { expectedCounts } from './expected-counts.ts';
import { runCli } from './run-cli.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const settings = testSettings();
const PAPERS = 20_000;
let conn: Connection | undefined;

afterAll(async () => {
  await ensureLocalServer(settings); // leave the shared server running for the other suites
  await conn?.close();
});

describe.skipIf(settings.neo4jUri !== null)('server going away mid-load', () => {
  it('fails with one clear line, and a rerun gives exactly the counts of a clean load', { timeout: 600_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'medkg-loss-'));
    const file = path.join(dir, 'extract.jsonl');
    await writeFile(file, [...syntheticCorpus(PAPERS)].map((r) => `${JSON.stringify(r)}\n`).join(''));
    const oracle = await expectedCounts(readExtractions([file]));

    conn = await ensureTestServer();
    await applySchema(conn);
    await clearGraph(conn);
    await conn.close();

    let stopping: Promise<unknown> | null = null;
    const interrupted = await runCli(['load', file, '--batch-size', '500'], {
      onStderr: (chunk) => {
        if (!stopping && /^load \d+\/\d+ papers/m.test(chunk)) stopping = stopLocalServer(settings);
      },
    });
    expect(stopping).not.toBeNull();
    await stopping;
    const errorLines = interrupted.stderr.split('\n').filter((line) => line.startsWith('medkg:'));
    expect(interrupted.code).toBe(3);
    expect(errorLines).toHaveLength(1);
    expect(errorLines[0]).toMatch(/^medkg: Neo4j at bolt:\/\/127\.0\.0\.1:7687 is unavailable \(.+\); start it again and rerun the same command: loading is idempotent$/);
    expect(interrupted.stderr).not.toMatch(/\n\s+at /);

    await ensureLocalServer(settings);
    conn = await ensureTestServer();
    const partial = await graphCounts(conn);
    expect(partial.nodes).toBeLessThan(oracle.nodes);

    const rerun = await runCli(['load', file]);
    expect(rerun.code).toBe(0);
    expect(await graphCounts(conn)).toEqual(oracle);
  });
});
