// `medkg export --graphml/--gexf` on the real Neo4j: the files parse back (graphology-graphml and
// graphology-gexf) into the same nodes, edges and attributes as the graph, text kept literal.
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/index.ts';
import { applySchema, clearGraph, loadRecords } from '../../src/load/index.ts';
import { ensureTestServer } from '../helpers/neo4j.ts';
import { asItems } from '../load/expected-counts.ts';
import { EXPECTED_NODES, EXPECTED_RELATIONSHIPS, GEMINI, INJECTION_ENTITY, INJECTION_TITLE, SYNTHETIC } from '../load/fixtures.ts';
import { runCli } from '../load/run-cli.ts';

let conn: Connection;
let dir: string;

beforeAll(async () => {
  conn = await ensureTestServer();
  await applySchema(conn);
  await clearGraph(conn);
  await loadRecords(conn, asItems(SYNTHETIC), { batchSize: 100 });
  dir = await mkdtemp(path.join(os.tmpdir(), 'medkg-graphfiles-'));
  const run = await runCli(['export', '--graphml', path.join(dir, 'g.graphml'), '--gexf', path.join(dir, 'g.gexf')]);
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe(`wrote ${EXPECTED_NODES} nodes and ${EXPECTED_RELATIONSHIPS} edges\n`);
});
afterAll(async () => conn?.close());

describe.each([
  ['GraphML', 'g.graphml', (text: string) => parseGraphml(MultiDirectedGraph, text)],
  ['GEXF', 'g.gexf', (text: string) => parseGexf(MultiDirectedGraph, text)],
])('%s export', (_format, file, parse) => {
  it('parses back into every node and edge with their attributes', async () => {
    const graph = parse(await readFile(path.join(dir, file), 'utf8'));
    expect(graph.order).toBe(EXPECTED_NODES);
    expect(graph.size).toBe(EXPECTED_RELATIONSHIPS);
    expect(graph.getNodeAttribute('medqa', 'aliases')).toMatch(/MedQA \(USMLE\)/);
    expect(graph.getNodeAttribute('medgemini', 'kind')).toBe('Model');
    const results = graph.filterEdges('medgemini', (_e, attrs) => attrs.type === 'ACHIEVED').map((e) => graph.target(e));
    const scores = results.map((r) => [graph.getNodeAttribute(r, 'value'), graph.getNodeAttribute(r, 'paper')]);
    expect(scores).toContainEqual([91.1, GEMINI.id]);
    expect(scores).toHaveLength(2);
  });

  it('keeps Cypher-looking titles and names literal', async () => {
    const graph = parse(await readFile(path.join(dir, file), 'utf8'));
    expect(graph.findNode((_n, a) => a.title === INJECTION_TITLE)).toBeDefined();
    expect(graph.hasNode(INJECTION_ENTITY)).toBe(true);
  });
});
