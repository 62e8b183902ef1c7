// Runs the real `medkg` CLI (bin/medkg.js) in a child process and captures exit code and output.
import { execFile } from 'node:child_process';
import { REPO_ROOT } from '../../src/db/local-paths.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runMedkg(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/medkg.js', ...args], { cwd: REPO_ROOT, env, timeout: 240_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The environment without NEO4J_URI: the CLI then manages the local server. */
export function localEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NEO4J_URI;
  return env;
}
