// The JSON API under /api: every handler validates its parameters with the zod schemas of
// api-schema.ts, reads Neo4j through read-only sessions, and returns plain JSON records.
import type { FastifyInstance } from 'fastify';
import type { Connection } from '../db/index.ts';
import { AskQuery, BenchmarkQuery, EntityQuery, RefsBody, SearchQuery, SliceQuery, type Health } from './api-schema.ts';
import { askQuestion } from './ask.ts';
import type { ConnectionSource } from './connection.ts';
import { entityDetails, searchNodes } from './entities.ts';
import { START_HINT, toApiError } from './errors.ts';
import { benchmarkSlice, countNodes, graphSlice, sliceOfRefs } from './slices.ts';

export function registerApi(app: FastifyInstance, db: ConnectionSource): void {
  /** Run `work` with the connection; a dropped server resets it so the next request reconnects. */
  async function withDb<T>(work: (conn: Connection) => Promise<T>): Promise<T> {
    const conn = await db.get();
    try {
      return await work(conn);
    } catch (error) {
      if (toApiError(error).status === 503) await db.reset();
      throw error;
    }
  }

  app.get('/api/health', async (): Promise<Health> => {
    try {
      const nodes = await withDb(countNodes);
      return { neo4j: 'up', message: `Neo4j is up with ${nodes} nodes`, hint: nodes === 0 ? 'the graph is empty: load papers with `medkg build ../shared/corpus`' : null, nodes };
    } catch (error) {
      const { body } = toApiError(error);
      return { neo4j: 'down', message: body.error, hint: body.hint ?? START_HINT, nodes: null };
    }
  });

  app.get('/api/graph', async (req) => {
    const q = SliceQuery.parse(req.query);
    return withDb((conn) => graphSlice(conn, q));
  });

  app.get('/api/benchmark', async (req) => {
    const { id } = BenchmarkQuery.parse(req.query);
    return withDb((conn) => benchmarkSlice(conn, id));
  });

  app.post('/api/subgraph', async (req) => {
    const { refs } = RefsBody.parse(req.body);
    return withDb((conn) => sliceOfRefs(conn, refs));
  });

  app.get('/api/entity', async (req) => {
    const { id } = EntityQuery.parse(req.query);
    return withDb((conn) => entityDetails(conn, id));
  });

  app.get('/api/search', async (req) => {
    const { q, limit } = SearchQuery.parse(req.query);
    return withDb((conn) => searchNodes(conn, q, limit));
  });

  app.get('/api/ask', async (req) => {
    const { q } = AskQuery.parse(req.query);
    return withDb((conn) => askQuestion(conn, q));
  });
}
