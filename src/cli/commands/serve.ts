// `medkg serve`: the web view and its JSON API on one loopback HTTP server, backed by Neo4j.
import type { Command } from 'commander';
import { connect } from '../../db/index.ts';
import { DatabaseUnavailableError, UsageError } from '../../errors.ts';
import { resolveSettings } from '../../settings.ts';
import { DEFAULT_DIST_DIR, startServer } from '../../serve/index.ts';
import { buildView, isViewBuilt } from '../../serve/build-view.ts';

interface ServeFlags {
  port?: string;
  host?: string;
}

function parsePort(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${text}"`);
  return port;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the graph view and its JSON API (http://127.0.0.1:4173 by default), backed by Neo4j.')
    .option('--port <port>', 'TCP port (0 picks a free one)', '4173')
    .option('--host <host>', 'address to bind; keep the loopback default unless you mean to share it', '127.0.0.1')
    .action(async (flags: ServeFlags) => {
      const settings = resolveSettings({ port: parsePort(flags.port), host: flags.host });
      if (!isViewBuilt(DEFAULT_DIST_DIR)) {
        process.stderr.write('medkg: the view is not built yet; building it now (same as `npm run build:viz`)\n');
        await buildView();
      }
      const initial = await connect(settings).catch((error: unknown) => {
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        process.stderr.write(`medkg: ${error.message}; serving anyway, the page will say so\n`);
        return undefined;
      });
      const server = await startServer(settings, { initial });
      process.stdout.write(`medkg serve: ${server.url} (Ctrl-C to stop)\n`);
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
