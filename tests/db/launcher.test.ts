// The launcher and its prerequisites: Java version parsing, the one-line hint when Java is missing, and a
// second real server (own store, a free port) with a password, which also exercises clearDatabase().
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeBolt } from '../../src/db/bolt-probe.ts';
import { connect, type Connection } from '../../src/db/index.ts';
import { ensureLauncherBuilt, javaCommand, javaMajorVersion, parseJavaMajor } from '../../src/db/launcher-build.ts';
import { heapMegabytes, launcherArgs } from '../../src/db/local-server.ts';
import { countGraph } from '../../src/db/graph-counts.ts';
import { DatabaseUnavailableError } from '../../src/errors.ts';
import { clearDatabase, testSettings } from '../helpers/neo4j.ts';
import { countMarkerGraph, createMarkerGraph, newMarker } from './marker-graph.ts';

describe('heapMegabytes', () => {
  const GiB = 2 ** 30;
  it.each([
    [2 * GiB, 1024],
    [8 * GiB, 2048],
    [24 * GiB, 4096],
    [64 * GiB, 4096],
  ])('a machine with %d bytes gets a %d MiB heap', (total, expected) => {
    expect(heapMegabytes(total)).toBe(expected);
  });

  it('takes MEDKG_NEO4J_HEAP_MB when it is set, and the launcher passes it as -Xms and -Xmx', () => {
    const before = process.env.MEDKG_NEO4J_HEAP_MB;
    process.env.MEDKG_NEO4J_HEAP_MB = '1536';
    try {
      expect(heapMegabytes(24 * GiB)).toBe(1536);
      const args = launcherArgs('/tmp/x', 7999, 64, false);
      expect(args).toContain('-Xms1536m');
      expect(args).toContain('-Xmx1536m');
    } finally {
      if (before === undefined) delete process.env.MEDKG_NEO4J_HEAP_MB;
      else process.env.MEDKG_NEO4J_HEAP_MB = before;
    }
  });
});

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_292"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['bash: java: command not found', null],
  ])('%s → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('missing Java', () => {
  it('says in one line what to install or to set NEO4J_URI', () => {
    const saved = process.env.JAVA_HOME;
    process.env.JAVA_HOME = path.join(os.tmpdir(), 'medkg-no-such-jdk');
    try {
      expect(javaMajorVersion()).toBeNull();
      expect(() => ensureLauncherBuilt()).toThrow(DatabaseUnavailableError);
      expect(() => ensureLauncherBuilt()).toThrow(
        'the local Neo4j needs Java 17+ and Maven, found no Java: install them (apt-get install openjdk-17-jdk-headless maven) or set NEO4J_URI to use another Neo4j server',
      );
    } finally {
      if (saved === undefined) delete process.env.JAVA_HOME;
      else process.env.JAVA_HOME = saved;
    }
  });
});

/** A TCP port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('launcher with a password (second server, own store, free port)', () => {
  let uri = '';
  const password = 'medkg-test-password';
  const home = mkdtempSync(path.join(os.tmpdir(), 'medkg-launcher-test-'));
  let server: ChildProcess;
  let connection: Connection;

  beforeAll(async () => {
    ensureLauncherBuilt();
    const port = await freePort();
    uri = `bolt://127.0.0.1:${port}`;
    server = spawn(javaCommand(), launcherArgs(path.join(home, 'neo4j'), port, 64, false), {
      stdio: 'ignore',
      env: { ...process.env, MEDKG_NEO4J_PASSWORD: password, MEDKG_NEO4J_USER: 'neo4j' },
    });
    const settings = testSettings({ neo4jUri: uri, neo4jUser: 'neo4j', neo4jPassword: password, neo4jDatabase: null });
    for (let waited = 0; (await probeBolt(uri, settings, 1000)).state !== 'up'; waited += 500) {
      if (waited > 150_000 || server.exitCode !== null) throw new Error(`test server on ${uri} did not come up`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    connection = await connect(settings, { say: () => {} });
  }, 180_000);

  afterAll(async () => {
    await connection?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(home, { recursive: true, force: true });
  }, 90_000);

  it('refuses a client without credentials and one with a wrong password', async () => {
    const anonymous = await probeBolt(uri, testSettings({ neo4jUri: uri, neo4jPassword: '' }));
    expect(anonymous.state).toBe('unauthorized');
    const wrong = await probeBolt(uri, testSettings({ neo4jUri: uri, neo4jUser: 'neo4j', neo4jPassword: 'not-the-password' }));
    expect(wrong.state).toBe('unauthorized');
    await expect(connect(testSettings({ neo4jUri: uri, neo4jUser: 'neo4j', neo4jPassword: 'not-the-password' }), { say: () => {} }))
      .rejects.toThrow(`Neo4j at ${uri} refused the credentials of user neo4j: set NEO4J_USER and NEO4J_PASSWORD`);
  });

  it('clearDatabase deletes every node and relationship of that server', async () => {
    const marker = newMarker();
    await createMarkerGraph(connection, marker);
    expect(await countMarkerGraph(connection, marker)).toEqual({ nodes: 3, relationships: 2 });
    await clearDatabase(connection);
    expect(await countGraph(connection)).toEqual({ nodes: 0, relationships: 0 });
  });
});
