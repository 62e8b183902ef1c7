// One HTTP server for `medkg serve`: the built view (viz/dist) as static files and the JSON API.
// Only files inside viz/dist are served; any path with a dot-dot segment is a 404 before routing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ConnectionSource } from './connection.ts';
import { toApiError } from './errors.ts';
import { registerApi } from './routes.ts';

export const DEFAULT_DIST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../viz/dist');

export interface ServerOptions {
  db: ConnectionSource;
  /** the built view; default viz/dist */
  distDir?: string;
}

/** True when the raw request path tries to leave the served folder (also when percent-encoded). */
export function escapesRoot(rawUrl: string): boolean {
  const pathPart = rawUrl.split('?')[0] ?? '';
  let decoded = pathPart;
  for (let i = 0; i < 3; i++) {
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      return true;
    }
  }
  return decoded.includes('\0') || decoded.split(/[\\/]+/).some((segment) => segment === '..');
}

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const distDir = options.distDir ?? DEFAULT_DIST_DIR;
  const app = Fastify({ logger: false });

  app.addHook('onRequest', async (req, reply) => {
    if (escapesRoot(req.raw.url ?? '/')) return reply.code(404).send({ error: 'not found' });
  });
  app.setErrorHandler((error, _req, reply) => {
    const { status, body } = toApiError(error);
    void reply.code(status).send(body);
  });
  app.setNotFoundHandler((_req, reply) => {
    void reply.code(404).send({ error: 'not found' });
  });

  registerApi(app, options.db);
  if (existsSync(path.join(distDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: distDir, index: ['index.html'], dotfiles: 'deny', wildcard: true });
  } else {
    app.get('/', async (_req, reply) =>
      reply.code(503).type('text/plain').send('The view is not built yet: run `npm run build:viz`, then reload.'),
    );
  }
  return app;
}
