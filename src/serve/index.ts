// Public face of `medkg serve`: start the HTTP server (view + JSON API) on a host and port.
import type { FastifyInstance } from 'fastify';
import type { Connection } from '../db/index.ts';
import type { Settings } from '../settings.ts';
import { lazyConnection } from './connection.ts';
import { buildServer } from './server.ts';

export { buildServer, DEFAULT_DIST_DIR, escapesRoot } from './server.ts';
export { lazyConnection } from './connection.ts';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Listen on settings.host:port; `initial` is a connection opened beforehand (the CLI starts Neo4j). */
export async function startServer(settings: Settings, options: { distDir?: string; initial?: Connection } = {}): Promise<RunningServer> {
  const db = lazyConnection(settings, { initial: options.initial });
  const distDir = options.distDir;
  const app = await buildServer({ db, distDir });
  await app.listen({ port: settings.port, host: settings.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  return {
    app,
    url: `http://${host}:${port}/`,
    async close() {
      await app.close();
      await db.close();
    },
  };
}
