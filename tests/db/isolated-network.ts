// Runs shell steps inside a private network namespace (`unshare -n`, loopback up), so a test can own
// 127.0.0.1:7687 — start, stop, race — without disturbing the shared server other suites use.
import { execFile, spawnSync } from 'node:child_process';
import { REPO_ROOT } from '../../src/db/local-paths.ts';

export interface StepResult {
  code: number;
  stdout: string;
}

/** True where this process may create a network namespace (root, util-linux and iproute2 present). */
export function isolatedNetworkAvailable(): boolean {
  const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' });
  return probe.status === 0;
}

/**
 * Runs `steps` (name → shell command, in order) in one fresh namespace, with `env` added, from the repo
 * root; returns each step's exit code and stdout.
 */
export function runIsolated(steps: [string, string][], env: NodeJS.ProcessEnv): Promise<Map<string, StepResult>> {
  const script = ['ip link set lo up'];
  for (const [name, command] of steps) {
    script.push(`out=$( ${command} ); rc=$?; printf '### %s %s\\n%s\\n' '${name}' "$rc" "$out"`);
  }
  return new Promise((resolve, reject) => {
    execFile('unshare', ['-n', 'bash', '-c', script.join('\n')], { cwd: REPO_ROOT, env, timeout: 600_000 }, (error, stdout) => {
      if (error && !stdout) return reject(error);
      const results = new Map<string, StepResult>();
      for (const block of stdout.split(/^### /m).slice(1)) {
        const [header, ...lines] = block.split('\n');
        const [name, code] = header!.split(' ');
        results.set(name!, { code: Number(code), stdout: lines.join('\n').trim() });
      }
      resolve(results);
    });
  });
}
