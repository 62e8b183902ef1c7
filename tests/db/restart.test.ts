// Stop and restart of the local server in a private network namespace with its own MEDKG_HOME: start is
// idempotent, stop is clean, status and a second stop say "not running", a `db start` racing connect()
// spawns exactly one JVM, and the data survives. Isolated, so the shared server other suites use stays up.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isolatedNetworkAvailable, runIsolated } from './isolated-network.ts';
import { MARKER_NODES, MARKER_RELATIONSHIPS, newMarker } from './marker-graph.ts';
import { localEnv } from './run-medkg.ts';

const available = isolatedNetworkAvailable();
const home = mkdtempSync(path.join(os.tmpdir(), 'medkg-restart-test-'));
const medkg = 'node bin/medkg.js';
const step = 'node --import tsx tests/db/step-cli.ts';

afterAll(() => rmSync(home, { recursive: true, force: true }));

describe.skipIf(!available)('local server stop and restart (private network namespace)', () => {
  it('start twice, stop, status, stop again, start racing connect(), data kept', async () => {
    const marker = newMarker();
    const markerCounts = JSON.stringify({ nodes: MARKER_NODES, relationships: MARKER_RELATIONSHIPS });
    const steps = await runIsolated([
      ['start', `${medkg} db start 2>/dev/null`],
      ['start-again', `${medkg} db start 2>/dev/null`],
      ['create', `${step} create ${marker}`],
      ['stop', `${medkg} db stop`],
      ['status', `${medkg} db status`],
      ['stop-again', `${medkg} db stop`],
      ['race', `(${medkg} db start 2>/dev/null & ${step} count ${marker}; wait)`],
      ['launchers', `${step} launchers`],
      ['final-stop', `${medkg} db stop`],
    ], { ...localEnv(), MEDKG_HOME: home });
    const out = (name: string) => steps.get(name)?.stdout ?? `(step ${name} did not run)`;
    const code = (name: string) => steps.get(name)?.code;

    const pid = /^started on bolt:\/\/127\.0\.0\.1:7687 \(pid (\d+)\) in \d+\.\d s$/.exec(out('start'))?.[1];
    expect(pid, out('start')).toBeDefined();
    expect(out('start-again')).toBe(`already running on bolt://127.0.0.1:7687 (pid ${pid})`);
    expect(out('create')).toBe(markerCounts);
    expect(out('stop')).toMatch(new RegExp(`^stopped \\(pid ${pid}\\) in \\d+\\.\\d s$`));
    expect(code('status')).toBe(1);
    expect(out('status')).toMatch(/^not running \(local server: bolt:\/\/127\.0\.0\.1:7687, data in .+\); start it with `medkg db start`$/);
    expect(out('stop-again')).toBe('not running');
    const race = out('race').split('\n');
    expect(race).toHaveLength(2);
    expect(race.filter((line) => line === markerCounts)).toHaveLength(1);
    expect(race.find((line) => line !== markerCounts)).toMatch(/^(started on|already running on) bolt:\/\/127\.0\.0\.1:7687 \(pid \d+\)/);
    expect(out('launchers')).toBe('1');
    expect(out('final-stop')).toMatch(/^stopped \(pid \d+\) in \d+\.\d s$/);
  }, 600_000);
});
