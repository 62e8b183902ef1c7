// The real corpus (../shared/corpus) through `medkg build`: the graph matches the row oracle exactly,
// a second build changes no count, and "which models used MedQA?" names Med-Gemini (accuracy 91.1),
// Med-PaLM 2 and Flan-PaLM with papers whose abstracts contain the evidence sentences.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/index.ts';
import { expandInputs, ingest } from '../../src/ingest/index.ts';
import { buildItems } from '../../src/load/build-items.ts';
import { applySchema, clearGraph, graphCounts } from '../../src/load/index.ts';
import { ask } from '../../src/query/index.ts';
import { LoadSummary } from '../../src/schema/index.ts';
import { ensureTestServer } from '../helpers/neo4j.ts';
import { expectedCounts } from './expected-counts.ts';
import { REPO, runCli } from './run-cli.ts';

const CORPUS = path.resolve(REPO, '../shared/corpus');
let conn: Connection;
let first: LoadSummary;

beforeAll(async () => {
  conn = await ensureTestServer();
  await applySchema(conn);
  await clearGraph(conn);
  const run = await runCli(['build', CORPUS, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  first = LoadSummary.parse(JSON.parse(run.stdout));
}, 600_000);
afterAll(async () => conn?.close());

describe('medkg build on the corpus', () => {
  it('loads every paper into exactly the graph the rows describe', async () => {
    const oracle = await expectedCounts(buildItems([CORPUS], { workers: 1 }));
    expect(first.rejected).toBe(0);
    expect(first.papers).toBeGreaterThan(300);
    expect(await graphCounts(conn)).toEqual(oracle);
  });

  it('changes no count when built a second time', { timeout: 600_000 }, async () => {
    const before = await graphCounts(conn);
    const run = await runCli(['build', CORPUS, '--json']);
    const second = LoadSummary.parse(JSON.parse(run.stdout));
    expect(second).toMatchObject({ papers: first.papers, nodesCreated: 0, relationshipsCreated: 0 });
    expect(second.nodesMatched + second.nodesCreated).toBe(first.nodesMatched + first.nodesCreated);
    expect(await graphCounts(conn)).toEqual(before);
  });

  it('answers "which models used MedQA?" with Med-Gemini at 91.1, Med-PaLM 2 and Flan-PaLM, each backed by its abstract', async () => {
    const abstracts = new Map<string, string>();
    for await (const event of ingest(await expandInputs([CORPUS]))) {
      if (event.kind === 'paper') abstracts.set(event.paper.id, `${event.paper.title}\n${event.paper.abstract}`);
    }
    const answer = await ask(conn, 'which models used MedQA?');
    const byModel = (name: string) => answer.rows.filter((r) => r.model === name);
    for (const model of ['Med-Gemini', 'Med-PaLM 2', 'Flan-PaLM']) {
      const rows = byModel(model);
      expect(rows.length, model).toBeGreaterThan(0);
      for (const row of rows) expect(abstracts.get(String(row.paperId)), `${model} evidence`).toContain(String(row.evidence));
    }
    expect(byModel('Med-Gemini')).toContainEqual(expect.objectContaining({ metric: 'accuracy', value: 91.1 }));
    const cli = await runCli(['ask', 'which models used MedQA?']);
    expect(cli.stdout).toMatch(/Med-Gemini\s+\| accuracy\s+\| 91\.1/);
  });
});
