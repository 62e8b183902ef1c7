// Small steps for tests that drive the local server from a shell (tests/db/restart.test.ts):
//   node --import tsx tests/db/step-cli.ts create|count MARKER   write or count a marker graph via connect()
//                                                                (which starts the local server when down)
//   node --import tsx tests/db/step-cli.ts launchers             how many launcher JVMs serve this MEDKG_HOME
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from '../../src/db/index.ts';
import { serverFiles } from '../../src/db/local-paths.ts';
import { resolveSettings } from '../../src/settings.ts';
import { countMarkerGraph, createMarkerGraph } from './marker-graph.ts';

const [action, marker] = process.argv.slice(2);
const settings = resolveSettings();

if (action === 'launchers') {
  const dataDir = serverFiles(settings.homeDir).dataDir;
  const launchers = readdirSync('/proc').filter((pid) => {
    if (!/^\d+$/.test(pid)) return false;
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      return argv.some((arg) => arg.endsWith('medkg-neo4j.jar')) && argv[argv.indexOf('--home') + 1] === dataDir;
    } catch {
      return false;
    }
  });
  process.stdout.write(`${launchers.length}\n`);
} else {
  const connection = await connect(settings, { say: () => {} });
  try {
    if (action === 'create') await createMarkerGraph(connection, marker!);
    process.stdout.write(`${JSON.stringify(await countMarkerGraph(connection, marker!))}\n`);
  } finally {
    await connection.close();
  }
}
