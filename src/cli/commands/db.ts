// `medkg db start | stop | status | init`: manages the local Neo4j (or reports on the NEO4J_URI server).
import type { Command } from 'commander';
import { connect, ensureLocalServer, localServerState, stopLocalServer, type Connection } from '../../db/index.ts';
import { countGraph, serverVersion } from '../../db/graph-counts.ts';
import { applySchema } from '../../load/schema.ts';
import { resolveSettings, type Settings } from '../../settings.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`medkg: ${line}\n`);

export function register(program: Command): void {
  const db = program.command('db').description('manage the local Neo4j (bolt://127.0.0.1:7687, data in .medkg/neo4j/)');

  db.command('start')
    .description('build the launcher if needed, start the local Neo4j and wait until Bolt answers')
    .action(async () => {
      const settings = resolveSettings();
      if (settings.neo4jUri !== null) {
        say(`NEO4J_URI is set: using the server at ${settings.neo4jUri}, not starting a local one`);
        return;
      }
      const outcome = await ensureLocalServer(settings, note);
      const pid = outcome.pid === null ? ' (not started by medkg)' : ` (pid ${outcome.pid})`;
      if (outcome.kind === 'already-running') say(`already running on ${outcome.uri}${pid}`);
      else say(`started on ${outcome.uri}${pid} in ${outcome.seconds.toFixed(1)} s`);
    });

  db.command('stop')
    .description('stop the local Neo4j cleanly (SIGTERM, waits for shutdown)')
    .action(async () => {
      const settings = resolveSettings();
      if (settings.neo4jUri !== null) {
        say(`NEO4J_URI is set: the server at ${settings.neo4jUri} is not managed by medkg; nothing stopped`);
        return;
      }
      const stopped = await stopLocalServer(settings);
      if (stopped.pid === null) {
        const state = await localServerState(settings);
        say(state.answering
          ? `no medkg-started server to stop, but something answers on ${state.uri} (not started by medkg)`
          : 'not running');
      } else say(`stopped (pid ${stopped.pid}) in ${stopped.seconds.toFixed(1)} s`);
    });

  db.command('status')
    .description('is the server running, where does it listen, how many nodes and relationships it holds')
    .action(async () => {
      const settings = resolveSettings();
      if (settings.neo4jUri === null) {
        const state = await localServerState(settings);
        if (!state.answering) {
          say(`not running (local server: bolt://127.0.0.1:7687, data in ${state.files.dataDir}); start it with \`medkg db start\``);
          process.exitCode = 1;
          return;
        }
        say(`running on ${state.uri}${state.pid === null ? ' (not started by medkg)' : ` (pid ${state.pid})`}`);
        say(`data:          ${state.files.dataDir}`);
        say(`log:           ${state.files.logFile}`);
      } else say(`server:        ${settings.neo4jUri} (NEO4J_URI)`);
      await withConnection(settings, async (connection) => {
        const [version, counts] = await Promise.all([serverVersion(connection), countGraph(connection)]);
        // a connection without credentials only succeeds when the server has authentication off
        say(`auth:          ${settings.neo4jPassword ? `user ${settings.neo4jUser}, password from NEO4J_PASSWORD` : 'off (no credentials needed)'}`);
        if (version) say(`version:       ${version}`);
        say(`database:      ${connection.database ?? '(server default)'}`);
        say(`nodes:         ${counts.nodes}`);
        say(`relationships: ${counts.relationships}`);
      });
    });

  db.command('init')
    .description('apply the graph schema (constraints and indexes in cypher/schema.cypher); idempotent')
    .action(async () => {
      await withConnection(resolveSettings(), async (connection) => {
        const statements = await applySchema(connection);
        say(`schema applied on ${connection.uri} (${statements} statements, all IF NOT EXISTS)`);
      });
    });
}

async function withConnection(settings: Settings, work: (connection: Connection) => Promise<void>): Promise<void> {
  const connection = await connect(settings, { say: note });
  try {
    await work(connection);
  } finally {
    await connection.close();
  }
}
