// Starts, finds and stops medkg's local Neo4j (the launcher in neo4j/, one detached JVM per medkg home):
// pid file and log under the home directory, Bolt on 127.0.0.1:7687, one starter at a time.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import path from 'node:path';
import { DatabaseUnavailableError } from '../errors.ts';
import { LOCAL_BOLT_URI, type Settings } from '../settings.ts';
import { probeBolt } from './bolt-probe.ts';
import { cypherFilePath } from './cypher-files.ts';
import { ensureLauncherBuilt, javaCommand } from './launcher-build.ts';
import { LAUNCHER, LOCAL_BOLT_PORT, serverFiles } from './local-paths.ts';

const START_TIMEOUT_MS = Number(process.env.MEDKG_NEO4J_START_TIMEOUT_MS ?? 180_000);
const STOP_TIMEOUT_MS = 120_000; // the first clean stop also writes the class archive (~100 MB)
const PAGE_CACHE_MB = 1024;
/**
 * Heap: a quarter of the machine's memory, at least 1 GiB and at most 4 GiB, fixed from the start
 * (-Xms = -Xmx). Measured with `npm run bench:load` (100,000 papers, 1.9M relationships) on fresh
 * servers on this 2-core, 24 GiB box, two runs each: -Xms512m -Xmx2g loaded 21,533 and 20,953 rel/s,
 * -Xms4g -Xmx4g 24,490 and 25,977 rel/s (1.19x): the bigger young generation cuts G1's pauses.
 * MEDKG_NEO4J_HEAP_MB overrides it.
 */
export function heapMegabytes(totalBytes = totalmem()): number {
  const asked = Number(process.env.MEDKG_NEO4J_HEAP_MB);
  if (Number.isInteger(asked) && asked >= 256) return asked;
  return Math.min(4096, Math.max(1024, Math.floor(totalBytes / 4 / 2 ** 20)));
}

// the flags besides the heap are the ones Neo4j's own server runs with
const JVM_OPTIONS = [
  '-XX:+UseG1GC', '-XX:+DisableExplicitGC', '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow', '-XX:+UnlockExperimentalVMOptions', '-XX:+TrustFinalNonStaticFields',
  '-Dfile.encoding=UTF-8', '-Djdk.nio.maxCachedBufferSize=1024', '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export interface LocalServerState {
  /** pid of the medkg-started JVM, when its pid file names a live launcher */
  pid: number | null;
  /** whether Bolt answers Cypher on 127.0.0.1:7687 (started by medkg or not) */
  answering: boolean;
  uri: string;
  files: ReturnType<typeof serverFiles>;
}

export type StartOutcome = { kind: 'started' | 'already-running'; pid: number | null; uri: string; seconds: number };

/** What runs now: the pid from the pid file (if that process is our launcher) and whether Bolt answers. */
export async function localServerState(settings: Settings): Promise<LocalServerState> {
  const files = serverFiles(settings.homeDir);
  const pid = readLivePid(files.pidFile);
  const probe = await probeBolt(LOCAL_BOLT_URI, settings, 2000);
  return { pid, answering: probe.state !== 'down', uri: LOCAL_BOLT_URI, files };
}

/**
 * Makes sure the local server answers on Bolt: reuses a running one, waits for one another process is
 * starting, or builds the launcher (if needed) and starts a detached JVM. Only the holder of the start
 * lock spawns; the others poll, and take over if the holder gives up or dies. `say` gets progress lines.
 */
export async function ensureLocalServer(settings: Settings, say: (line: string) => void = () => {}): Promise<StartOutcome> {
  const began = Date.now();
  const files = serverFiles(settings.homeDir);
  const outcome = (kind: StartOutcome['kind'], pid: number | null): StartOutcome =>
    ({ kind, pid, uri: LOCAL_BOLT_URI, seconds: (Date.now() - began) / 1000 });
  mkdirSync(settings.homeDir, { recursive: true });
  let announcedWait = false;
  for (;;) {
    const probe = await probeBolt(LOCAL_BOLT_URI, settings, 2000);
    if (probe.state === 'unauthorized') throw unauthorized(probe.reason);
    if (probe.state === 'up') return outcome('already-running', readLivePid(files.pidFile));
    if (takeStartLock(files.startLock)) {
      try {
        if (readLivePid(files.pidFile) === null) {
          ensureLauncherBuilt(say);
          say(`starting the local Neo4j (data in ${files.dataDir}, log in ${files.logFile})`);
          const child = spawnLauncher(settings, files);
          await waitForBolt(settings, files, () => child.exitCode);
          return outcome('started', child.pid ?? null);
        }
      } finally {
        rmSync(files.startLock, { force: true });
      }
    }
    // a launcher is still coming up, or another process holds the start lock: wait for it
    if (!announcedWait) say('the local Neo4j is being started by another medkg process; waiting for it');
    announcedWait = true;
    if (Date.now() - began > START_TIMEOUT_MS) throw notAnswering(files);
    await sleep(500);
  }
}

/** SIGTERM to the launcher, then waits until it has shut the DBMS down. Returns the pid it stopped, or null. */
export async function stopLocalServer(settings: Settings): Promise<{ pid: number | null; seconds: number }> {
  const began = Date.now();
  const files = serverFiles(settings.homeDir);
  const pid = readLivePid(files.pidFile);
  if (pid === null) {
    rmSync(files.pidFile, { force: true });
    return { pid: null, seconds: 0 };
  }
  process.kill(pid, 'SIGTERM');
  while (isLauncherProcess(pid)) {
    if (Date.now() - began > STOP_TIMEOUT_MS) {
      throw new DatabaseUnavailableError(
        `the local Neo4j (pid ${pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; see ${files.logFile}`,
      );
    }
    await sleep(200);
  }
  rmSync(files.pidFile, { force: true });
  return { pid, seconds: (Date.now() - began) / 1000 };
}

function spawnLauncher(settings: Settings, files: ReturnType<typeof serverFiles>) {
  mkdirSync(files.dataDir, { recursive: true });
  const log = openSync(files.logFile, 'a');
  writeFileSync(log, `\n== ${new Date().toISOString()} medkg db start\n`);
  const args = launcherArgs(files.dataDir, LOCAL_BOLT_PORT, PAGE_CACHE_MB);
  const child = spawn(javaCommand(), args, {
    detached: true,
    stdio: ['ignore', log, log],
    cwd: path.dirname(files.dataDir),
    // the password travels in the environment, never on the command line (visible in ps)
    env: { ...process.env, MEDKG_NEO4J_PASSWORD: settings.neo4jPassword, MEDKG_NEO4J_USER: settings.neo4jUser },
  });
  closeSync(log);
  child.on('error', () => {});
  child.unref();
  if (child.pid === undefined) throw new DatabaseUnavailableError(`could not run ${javaCommand()}; see ${files.logFile}`);
  writeFileSync(files.pidFile, `${child.pid}\n`);
  return child;
}

/** JVM options and launcher arguments for a server in `dataDir` on 127.0.0.1:`port` (MEDKG_NEO4J_JAVA_OPTS appended). */
export function launcherArgs(dataDir: string, port: number, pageCacheMb: number, classSharing = true): string[] {
  const extraOptions = (process.env.MEDKG_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  const heap = `${heapMegabytes()}m`;
  return [
    `-Xms${heap}`, `-Xmx${heap}`, ...JVM_OPTIONS, ...(classSharing ? classSharingOptions() : []), ...extraOptions, '-jar', LAUNCHER.jar,
    '--home', dataDir,
    '--bolt-port', String(port),
    '--page-cache-mb', String(pageCacheMb),
    '--set-password-cypher', cypherFilePath('db/set-local-password'),
  ];
}

/**
 * Application class-data sharing (JDK 13+): the first run dumps the ~10k classes Neo4j loads into an
 * archive when it stops cleanly; later starts map it instead of parsing 200 jars. Measured on this 2-core
 * box at load 11-13, alternating runs: 42.5 s and 47.1 s without, 16.1 s and 23.3 s with. An archive
 * older than the jar is rewritten; MEDKG_NEO4J_CDS=0 turns it off.
 */
function classSharingOptions(): string[] {
  if (process.env.MEDKG_NEO4J_CDS === '0') return [];
  const archive = LAUNCHER.classArchive;
  const fresh = existsSync(archive) && existsSync(LAUNCHER.jar) && statSync(archive).mtimeMs >= statSync(LAUNCHER.jar).mtimeMs;
  // -Xlog:cds=off: the dump lists every class it skips (~1,200 lines) into the log otherwise
  return ['-Xlog:cds=off', fresh ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${archive}`];
}

async function waitForBolt(settings: Settings, files: ReturnType<typeof serverFiles>, exitCode: () => number | null): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const code = exitCode();
    if (code !== null) {
      rmSync(files.pidFile, { force: true });
      throw new DatabaseUnavailableError(`the local Neo4j exited during start (code ${code}): ${lastLogLine(files.logFile)}; see ${files.logFile}`);
    }
    const probe = await probeBolt(LOCAL_BOLT_URI, settings, 2000);
    if (probe.state === 'up') return;
    if (probe.state === 'unauthorized') throw unauthorized(probe.reason);
    if (Date.now() > deadline) throw notAnswering(files);
    await sleep(500);
  }
}

function notAnswering(files: ReturnType<typeof serverFiles>): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `the local Neo4j did not answer on ${LOCAL_BOLT_URI} within ${START_TIMEOUT_MS / 1000} s; see ${files.logFile} and ${path.join(files.dataDir, 'logs', 'debug.log')}`,
  );
}

function unauthorized(reason: string): DatabaseUnavailableError {
  return new DatabaseUnavailableError(
    `the local Neo4j on ${LOCAL_BOLT_URI} refused the credentials (${reason}): set NEO4J_PASSWORD to the password it was started with, or restart it (medkg db stop && medkg db start)`,
  );
}

/** pid from the pid file if that process is alive and is our launcher; otherwise null. */
function readLivePid(pidFile: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 && isLauncherProcess(pid) ? pid : null;
}

function isLauncherProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true; // no procfs: trust the pid file
  try {
    return readFileSync(cmdline, 'utf8').includes(path.basename(LAUNCHER.jar));
  } catch {
    return false;
  }
}

/**
 * Creates the start lock atomically, with its owner's pid already inside (written aside, then hard-linked
 * into place); a lock whose owner is dead is removed and taken over.
 */
function takeStartLock(lockFile: string): boolean {
  const staged = `${lockFile}.${process.pid}`;
  writeFileSync(staged, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(staged, lockFile);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (lockOwnerAlive(lockFile)) return false;
        rmSync(lockFile, { force: true });
      }
    }
    return false;
  } finally {
    rmSync(staged, { force: true });
  }
}

function lockOwnerAlive(lockFile: string): boolean {
  try {
    const owner = Number.parseInt(readFileSync(lockFile, 'utf8').trim(), 10);
    return Number.isInteger(owner) && owner > 0 && processAlive(owner);
  } catch {
    return true; // vanished meanwhile: its owner just finished; look again on the next round
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function lastLogLine(logFile: string): string {
  try {
    const lines = readFileSync(logFile, 'utf8').trim().split('\n').filter((line) => line.trim() !== '');
    const error = [...lines].reverse().find((line) => /exception|error|failed/i.test(line));
    return (error ?? lines.at(-1) ?? 'no output').trim().slice(0, 300);
  } catch {
    return 'no log';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
