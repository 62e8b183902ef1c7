// A throwaway Neo4j for tests that must stop a server or open an imported store without disturbing the
// shared one: the repo's launcher (same JVM options, via the db module's launcherArgs) on its own port
// and home directory, started and stopped by this process only.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { javaCommand } from '../../src/db/launcher-build.ts';
import { launcherArgs } from '../../src/db/local-server.ts';

export interface PrivateServer {
  uri: string;
  /** SIGTERM, then wait for the JVM to exit (a clean shutdown, like `medkg db stop`) */
  stop(): Promise<void>;
}

export async function startPrivateServer(home: string, port: number): Promise<PrivateServer> {
  const child: ChildProcess = spawn(javaCommand(), launcherArgs(home, port, 128), { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready on bolt://')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`private Neo4j exited with ${code}: ${output}`)));
  });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
