// Where the local Neo4j's pieces live: the launcher project in the repo (neo4j/) and its runtime files
// (data, pid file, log) under the medkg home directory (.medkg/ by default, MEDKG_HOME to move it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is src/db/local-paths.ts). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const LOCAL_BOLT_HOST = '127.0.0.1';
export const LOCAL_BOLT_PORT = 7687;

export interface LauncherPaths {
  /** the Maven project of the launcher */
  pom: string;
  /** its sources: a newer file here than the jar means "rebuild" */
  sources: string[];
  /** the runnable jar (its manifest lists lib/*.jar) */
  jar: string;
  libDir: string;
  /** class-data-sharing archive of the launcher's classes (written at the first clean stop, then reused) */
  classArchive: string;
}

export const LAUNCHER: LauncherPaths = {
  pom: path.join(REPO_ROOT, 'neo4j', 'pom.xml'),
  sources: [
    path.join(REPO_ROOT, 'neo4j', 'pom.xml'),
    path.join(REPO_ROOT, 'neo4j', 'src', 'main', 'java', 'org', 'medkg', 'neo4j', 'LocalNeo4j.java'),
  ],
  jar: path.join(REPO_ROOT, 'neo4j', 'target', 'medkg-neo4j.jar'),
  libDir: path.join(REPO_ROOT, 'neo4j', 'target', 'lib'),
  classArchive: path.join(REPO_ROOT, 'neo4j', 'target', 'medkg-neo4j.jsa'),
};

export interface ServerFiles {
  /** Neo4j home of the embedded DBMS: data/, logs/ */
  dataDir: string;
  pidFile: string;
  logFile: string;
  /** present while one process is starting the server (prevents two JVMs on one store) */
  startLock: string;
}

export function serverFiles(homeDir: string): ServerFiles {
  return {
    dataDir: path.join(homeDir, 'neo4j'),
    pidFile: path.join(homeDir, 'neo4j.pid'),
    logFile: path.join(homeDir, 'neo4j.log'),
    startLock: path.join(homeDir, 'neo4j.start.lock'),
  };
}
