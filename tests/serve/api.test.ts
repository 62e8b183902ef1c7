// The `medkg serve` JSON API against the real Neo4j: slices, search with aliases, entity details,
// benchmark focus, validation errors as JSON without stacks, and no path traversal.
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/index.ts';
import type { EntityDetails, GraphSlice, SearchHit } from '../../src/serve/api-schema.ts';
import { buildServer, lazyConnection } from '../../src/serve/index.ts';
import { runCli } from '../load/run-cli.ts';
import { ensureTestServer, testSettings } from '../helpers/neo4j.ts';
import { XSS_MODEL, XSS_TITLE, writeJsonl, xssPaper } from '../browser/fixtures.ts';
import { paper } from '../load/synthetic.ts';

const fixture = [
  xssPaper(),
  paper({
    title: 'Synthetic serve study: two models on RenderCheckQA',
    date: '2024-03-03',
    sentences: ['RenderProbe-7B reaches 61.5 accuracy on RenderCheckQA (RCQA).', 'RenderProbe-7B also scores 58.0 accuracy on RenderCheckQA.'],
    entities: [
      { name: 'RenderProbe-7B', type: 'Model' },
      { name: 'RenderCheckQA', type: 'Benchmark', aliases: ['RCQA'] },
      { name: 'accuracy', type: 'Metric' },
    ],
    relations: [
      { type: 'EVALUATED_ON', source: 'RenderProbe-7B', target: 'RenderCheckQA', metric: 'accuracy', value: 61.5, sentence: 0 },
      { type: 'EVALUATED_ON', source: 'RenderProbe-7B', target: 'RenderCheckQA', metric: 'accuracy', value: 58.0, sentence: 1 },
    ],
  }),
];

let conn: Connection;
let app: FastifyInstance;

beforeAll(async () => {
  conn = await ensureTestServer();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'medkg-serve-')), 'fixture.jsonl');
  writeJsonl(file, fixture);
  const load = await runCli(['load', file]);
  expect(load.code, load.stderr).toBe(0);
  app = await buildServer({ db: lazyConnection(testSettings(), { initial: conn }) });
  await app.ready();
});

afterAll(async () => {
  await app?.close();
  await conn?.close();
});

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as T };
}

describe('graph API', () => {
  it('benchmark focus puts each model once around the benchmark with its best score', async () => {
    const { status, body } = await get<GraphSlice>('/api/benchmark?id=renderchekqa'.replace('chek', 'check'));
    expect(status).toBe(200);
    expect(body.focus).toBe('rendercheckqa');
    const byLabel = Object.fromEntries(body.edges.map((e) => [body.nodes.find((n) => n.id === e.source)!.label, e.value]));
    expect(byLabel).toEqual({ 'RenderProbe-7B': 61.5, [XSS_MODEL]: 42.5 });
  });

  it('a focus slice holds the focus, its neighbours and EVALUATED_ON edges with metric and value', async () => {
    const { body } = await get<GraphSlice>('/api/graph?focus=rendercheckqa&depth=1');
    expect(body.focus).toBe('rendercheckqa');
    const ids = body.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['rendercheckqa', 'renderprobe7b']));
    const scores = body.edges.filter((e) => e.source === 'renderprobe7b' && e.target === 'rendercheckqa').map((e) => e.value).sort();
    expect(scores).toEqual([58, 61.5]);
  });

  it('search finds a benchmark by its alias and says which alias matched', async () => {
    const { body } = await get<SearchHit[]>('/api/search?q=RCQA');
    expect(body[0]).toMatchObject({ id: 'rendercheckqa', name: 'RenderCheckQA', type: 'Benchmark', alias: 'RCQA' });
  });

  it('entity details carry papers, results and evidence, with markup kept as plain text', async () => {
    const { body } = await get<EntityDetails>(`/api/entity?id=${encodeURIComponent(fixture[0]!.entities[0]!.key)}`);
    expect(body.name).toBe(XSS_MODEL);
    expect(body.papers.map((p) => p.title)).toContain(XSS_TITLE);
    expect(body.results).toEqual([expect.objectContaining({ model: XSS_MODEL, benchmark: 'RenderCheckQA', metric: 'accuracy', value: 42.5 })]);
    expect(body.evidence.map((e) => e.relation).sort()).toEqual(['EVALUATED_ON', 'INTRODUCES']);
  });
});

describe('errors', () => {
  it.each([
    ['/api/graph?depth=9', 400, /depth/],
    ['/api/graph?limit=abc', 400, /limit/],
    ['/api/search?q=', 400, /q must not be empty/],
    ['/api/entity?id=no-such-node-anywhere', 404, /no node with id "no-such-node-anywhere"/],
    ['/api/nothing-here', 404, /not found/],
  ])('%s → %i with a one-line JSON message and no stack', async (url, status, message) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(status);
    const body = res.json() as { error: string };
    expect(body.error).toMatch(message);
    expect(res.body).not.toMatch(/\n\s+at |\.ts:\d+/);
  });

  it('a Neo4j that cannot be reached is a 503 with how to start it, and health says down', async () => {
    const down = await buildServer({ db: lazyConnection(testSettings({ neo4jUri: 'bolt://127.0.0.1:1' })) });
    const res = await down.inject({ method: 'GET', url: '/api/graph' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: expect.stringMatching(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/), hint: expect.stringMatching(/medkg db start/) });
    const health = await down.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ neo4j: 'down', hint: expect.stringMatching(/NEO4J_URI/) });
    await down.close();
  });
});

describe('static files', () => {
  /** A raw HTTP request: the path goes out exactly as written (no client-side normalisation). */
  function raw(pathname: string): Promise<number> {
    return new Promise((resolve, reject) => {
      const addr = app.server.address() as { port: number };
      http.get({ host: '127.0.0.1', port: addr.port, path: pathname }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
  }

  it.each(['/../package.json', '/%2e%2e/package.json', '/%2E%2E%2Fpackage.json', '/..%2fpackage.json', '/assets/../../package.json', '/%252e%252e/package.json', '/..\\package.json'])(
    '%s is a 404',
    async (p) => {
      await app.listen({ port: 0, host: '127.0.0.1' }).catch(() => undefined);
      expect(await raw(p)).toBe(404);
    },
  );
});
