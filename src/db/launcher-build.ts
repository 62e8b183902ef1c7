// Makes sure the local Neo4j launcher can run: Java 17+ and Maven are present, and neo4j/target/ holds a
// jar built from the current sources (built with Maven from Maven Central the first time; minutes).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseUnavailableError } from '../errors.ts';
import { LAUNCHER } from './local-paths.ts';

const INSTALL_HINT =
  'install them (apt-get install openjdk-17-jdk-headless maven) or set NEO4J_URI to use another Neo4j server';

/** The `java` to run: $JAVA_HOME/bin/java when JAVA_HOME is set, else the one on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Major Java version of `java -version` ("17.0.15" → 17, "1.8.0" → 8), or null when there is no Java. */
export function javaMajorVersion(java = javaCommand()): number | null {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  return parseJavaMajor(`${run.stderr}${run.stdout}`);
}

export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function requireJava17(): void {
  const major = javaMajorVersion();
  if (major === null) throw new DatabaseUnavailableError(`the local Neo4j needs Java 17+ and Maven, found no Java: ${INSTALL_HINT}`);
  if (major < 17) throw new DatabaseUnavailableError(`the local Neo4j needs Java 17+, found Java ${major}: ${INSTALL_HINT}`);
}

function requireMaven(): void {
  const run = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new DatabaseUnavailableError(`the local Neo4j is built with Maven, found no mvn: ${INSTALL_HINT}`);
}

/** True when the jar and its lib/ exist and are newer than every launcher source. */
export function launcherIsBuilt(): boolean {
  if (!existsSync(LAUNCHER.jar) || !existsSync(LAUNCHER.libDir)) return false;
  const built = statSync(LAUNCHER.jar).mtimeMs;
  return LAUNCHER.sources.every((source) => !existsSync(source) || statSync(source).mtimeMs <= built);
}

/**
 * Checks Java and, when the jar is missing or stale, builds it with `mvn -q package`.
 * `onBuild` is told before a build starts (so the CLI can say it may take minutes).
 */
export function ensureLauncherBuilt(onBuild: (message: string) => void = () => {}): void {
  requireJava17();
  if (launcherIsBuilt()) return;
  requireMaven();
  onBuild('building the local Neo4j launcher with Maven (first time: downloads Neo4j 5.26 from Maven Central, may take minutes)');
  const run = spawnSync('mvn', ['-q', '-B', '-f', LAUNCHER.pom, 'package'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0 || !launcherIsBuilt()) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n');
    const firstError = output.find((line) => line.includes('ERROR')) ?? output[0] ?? String(run.error ?? 'unknown failure');
    throw new DatabaseUnavailableError(
      `building the local Neo4j launcher failed (mvn -f neo4j/pom.xml package): ${firstError.replace(/\u001b\[[0-9;]*m/g, '').trim()}`,
    );
  }
}
