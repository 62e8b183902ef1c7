// `medkg db start | stop | status | init` against the real shared local Neo4j: idempotent start, exact
// counts in status, idempotent schema; stop/restart only where restart.test.ts cannot isolate it. The
// server is left running for the other suites.
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/index.ts';
import { countGraph } from '../../src/db/graph-counts.ts';
import { loadCypher } from '../../src/db/cypher-files.ts';
import { ensureTestServer } from '../helpers/neo4j.ts';
import { countMarkerGraph, createMarkerGraph, deleteMarkerGraph, MARKER_NODES, MARKER_RELATIONSHIPS, newMarker } from './marker-graph.ts';
import { isolatedNetworkAvailable } from './isolated-network.ts';
import { localEnv, runMedkg } from './run-medkg.ts';

/** pids of launcher JVMs serving Bolt on 7687 (read from /proc). */
function localLauncherPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return argv.some((arg) => arg.endsWith('medkg-neo4j.jar')) && argv.join(' ').includes('--bolt-port 7687');
      } catch {
        return false;
      }
    })
    .map(Number);
}

function statusNumber(stdout: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+)$`, 'm').exec(stdout);
  if (!match) throw new Error(`no "${field}" line in status output:\n${stdout}`);
  return Number(match[1]);
}

describe.skipIf(Boolean(process.env.NEO4J_URI))('medkg db (local server)', () => {
  let connection: Connection;
  const marker = newMarker();

  beforeAll(async () => {
    connection = await ensureTestServer();
  });

  afterAll(async () => {
    // whatever happened above, leave the server running for the next suites
    await runMedkg(['db', 'start'], localEnv());
    const reopened = await ensureTestServer();
    await deleteMarkerGraph(reopened, marker);
    await reopened.close();
    await connection.close().catch(() => {});
  });

  it('a second start reuses the running server', async () => {
    const run = await runMedkg(['db', 'start'], localEnv());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^already running on bolt:\/\/127\.0\.0\.1:7687 \(pid \d+\)$/m);
  });

  it('status reports where it listens and exactly the nodes and relationships it holds', async () => {
    // other suites may write at the same time on a dev machine: accept the first of three quiet measurements
    let delta = { nodes: -1, relationships: -1 };
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await countGraph(connection);
      const extra = newMarker();
      await createMarkerGraph(connection, extra);
      const run = await runMedkg(['db', 'status'], localEnv());
      await deleteMarkerGraph(connection, extra);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^running on bolt:\/\/127\.0\.0\.1:7687/m);
      expect(run.stdout).toMatch(/^version:\s+Neo4j Kernel 5\.26\.\d+ community$/m);
      delta = {
        nodes: statusNumber(run.stdout, 'nodes') - before.nodes,
        relationships: statusNumber(run.stdout, 'relationships') - before.relationships,
      };
      if (delta.nodes === MARKER_NODES && delta.relationships === MARKER_RELATIONSHIPS) break;
    }
    expect(delta).toEqual({ nodes: MARKER_NODES, relationships: MARKER_RELATIONSHIPS });
  });

  it('db init applies the schema and a second run changes nothing', async () => {
    const countConstraints = async () => {
      const result = await connection.driver.executeQuery(loadCypher('db/count-constraints'), {}, { database: connection.database });
      return Number(result.records[0]!.get('constraints'));
    };
    const first = await runMedkg(['db', 'init'], localEnv());
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^schema applied on bolt:\/\/127\.0\.0\.1:7687 \(\d+ statements, all IF NOT EXISTS\)$/m);
    const afterFirst = await countConstraints();
    expect(afterFirst).toBeGreaterThanOrEqual(6); // Paper, Model, Dataset, Benchmark, Metric, URL keys
    const second = await runMedkg(['db', 'init'], localEnv());
    expect(second.stdout).toBe(first.stdout);
    expect(await countConstraints()).toBe(afterFirst);
  });

  // the same scenario runs isolated in restart.test.ts where a private network namespace is available;
  // this fallback stops the shared server (other suites see it go away for a few seconds)
  it.skipIf(isolatedNetworkAvailable())('stop is clean, status then says not running, a start racing connect() spawns one server, data is kept', async () => {
    await createMarkerGraph(connection, marker);
    await connection.close();

    const stop = await runMedkg(['db', 'stop'], localEnv());
    expect(stop.code).toBe(0);
    expect(stop.stdout).toMatch(/^stopped \(pid \d+\) in \d+\.\d s$/m);

    const down = await runMedkg(['db', 'status'], localEnv());
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/^not running .*medkg db start/m);

    const again = await runMedkg(['db', 'stop'], localEnv());
    expect(again.stdout.trim()).toBe('not running');

    // `db start` and connect() at once: exactly one JVM is spawned, the other waits for it and reuses it
    const [start, reconnected] = await Promise.all([runMedkg(['db', 'start'], localEnv()), ensureTestServer()]);
    expect(start.code).toBe(0);
    expect(start.stdout.trim()).toMatch(/^(started on bolt:\/\/127\.0\.0\.1:7687 \(pid \d+\) in \d+\.\d s|already running on bolt:\/\/127\.0\.0\.1:7687 \(pid \d+\))$/);
    expect(localLauncherPids()).toHaveLength(1);
    expect(start.stdout).toContain(`(pid ${localLauncherPids()[0]})`);
    await reconnected.close();
    connection = await ensureTestServer();
    expect(await countMarkerGraph(connection, marker)).toEqual({ nodes: MARKER_NODES, relationships: MARKER_RELATIONSHIPS });
  }, 240_000);
});
