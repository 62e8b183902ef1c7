// Canned questions on the synthetic graph: exact rows (from the fixtures' sentences), alias-aware
// resolution, phrasings, unknown questions, and read-only `medkg cypher`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/index.ts';
import { applySchema, clearGraph, graphCounts, loadRecords } from '../../src/load/index.ts';
import { ask, matchQuestion, resolveEntity, runReadOnly, UnknownQuestionError } from '../../src/query/index.ts';
import { ensureTestServer } from '../helpers/neo4j.ts';
import { asItems } from '../load/expected-counts.ts';
import { DATASET_PAPER, EXPECTED_NODES, GEMINI, PALM, REPLICATION, SYNTHETIC } from '../load/fixtures.ts';
import { runCli } from '../load/run-cli.ts';
import { paper } from '../load/synthetic.ts';
import { isLowerBetter } from '../../src/query/metric-direction.ts';

let conn: Connection;

beforeAll(async () => {
  conn = await ensureTestServer();
  await applySchema(conn);
  await clearGraph(conn);
  await loadRecords(conn, asItems(SYNTHETIC), { batchSize: 100 });
});
afterAll(async () => conn?.close());

const pick = (rows: Record<string, unknown>[], ...cols: string[]) => rows.map((r) => cols.map((c) => r[c]));

describe('resolveEntity', () => {
  it.each([
    ['MedQA', 'medqa'],
    ['medqa', 'medqa'],
    ['MedQA (USMLE)', 'medqa'],
    ['MedQA-USMLE', 'medqa'],
    ['MedQA USMLE 4-option', 'medqa'],
    ['Med-PaLM 2', 'medpalm2'],
    ['med palm 2', 'medpalm2'],
  ])('%s → %s', async (input, key) => expect((await resolveEntity(conn, input))?.key).toBe(key));

  it('returns null for a name that is not in the graph', async () => {
    expect(await resolveEntity(conn, 'CheXpert')).toBeNull();
  });
});

describe('ask', () => {
  it('lists every model evaluated on MedQA with paper, metric, value and evidence', async () => {
    const answer = await ask(conn, 'which models used MedQA?');
    expect(pick(answer.rows, 'model', 'value', 'paperId')).toEqual([
      ['Flan-PaLM', 67.6, PALM.id],
      ['GPT-4', 86.1, REPLICATION.id],
      ['Med-Gemini', 91.1, GEMINI.id],
      ['Med-Gemini', 90.2, REPLICATION.id],
      ['Med-PaLM 2', 86.5, PALM.id],
    ]);
    expect(answer.rows[2]).toMatchObject({ metric: 'accuracy', evidence: GEMINI.relations[1]!.evidence.text });
  });

  it.each(['Which models were evaluated on the MedQA-USMLE benchmark?', 'what models were tested on MedQA (USMLE)', 'results on medqa'])(
    'answers the same for "%s"',
    async (question) => expect((await ask(conn, question)).rows).toHaveLength(5),
  );

  it('keeps the best value per model in the leaderboard', async () => {
    const answer = await ask(conn, 'leaderboard for MedQA');
    expect(pick(answer.rows, 'model', 'value')).toEqual([['Med-Gemini', 91.1], ['Med-PaLM 2', 86.5], ['GPT-4', 86.1], ['Flan-PaLM', 67.6]]);
  });

  it('lists the benchmarks and datasets of a model', async () => {
    const answer = await ask(conn, 'which datasets did Med-PaLM 2 use?');
    expect(pick(answer.rows, 'name', 'how', 'papers')).toEqual([['MedQA', 'evaluated on', 1], ['PubMedQA', 'evaluated on', 1], ['MedMCQA', 'trained on', 1]]);
    const gemini = await ask(conn, 'which datasets did Med-Gemini use?');
    expect(pick(gemini.rows, 'name', 'how', 'papers', 'paperId')).toEqual([['MedQA', 'evaluated on', 2, [GEMINI.id, REPLICATION.id].sort()[0]]]);
  });

  it('says what a paper introduced, by entity name or by title', async () => {
    expect(pick((await ask(conn, 'what did Med-Gemini introduce?')).rows, 'name')).toEqual([['Med-Gemini']]);
    expect(pick((await ask(conn, `what did ${DATASET_PAPER.id} introduce`)).rows, 'name')).toEqual([['MIMIC-CXR']]);
    expect(pick((await ask(conn, 'what did re-running medical QA evaluations introduce')).rows, 'name')).toEqual([['MedQA-Hard']]);
  });

  it('counts datasets introduced per year', async () => {
    const rows = (await ask(conn, 'datasets introduced per year')).rows;
    expect(pick(rows, 'year', 'datasets')).toEqual([[2019, 1], [2024, 1]]);
  });

  it('ranks benchmarks by papers and pairs benchmarks used together', async () => {
    expect(pick((await ask(conn, 'most used benchmarks')).rows, 'benchmark', 'papers', 'results')).toEqual([
      ['MedQA', 3, 5],
      ['PubMedQA', 2, 2],
      ['$x', 1, 1],
      ['MedMCQA', 1, 0],
    ]);
    expect(pick((await ask(conn, 'which benchmarks are used with MedQA')).rows, 'usedWith', 'papers')).toEqual([['PubMedQA', 2], ['MedMCQA', 1]]);
  });

  it('lists papers with code links and finds a path between two entities', async () => {
    expect(pick((await ask(conn, 'papers with code')).rows, 'paperId', 'url')).toEqual([[GEMINI.id, 'https://github.com/example/med-gemini-eval']]);
    const path = await ask(conn, 'path from Flan-PaLM to MedMCQA');
    expect(path.rows[0]).toMatchObject({ name: 'Flan-PaLM' });
    expect(path.rows.at(-1)).toMatchObject({ name: 'MedMCQA' });
    expect(path.rows.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses an unknown question and lists the templates it knows', async () => {
    expect(matchQuestion('what is the weather')).toBeNull();
    await expect(ask(conn, 'what is the weather')).rejects.toThrow(UnknownQuestionError);
    const run = await runCli(['ask', 'what is the weather']);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('leaderboard for <benchmark>');
  });

  it('prints a table, or JSON with --json', async () => {
    const table = await runCli(['ask', 'which models used MedQA?']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Med-Gemini \| accuracy \| 91\.1 /);
    const json = JSON.parse((await runCli(['ask', '--json', 'which models used MedQA?'])).stdout);
    expect(json.resolved).toEqual([{ input: 'MedQA', key: 'medqa', name: 'MedQA' }]);
    expect(json.rows).toHaveLength(5);
  });
});

describe('read-only cypher', () => {
  it('runs a parameterised read and prints a table', async () => {
    const run = await runCli(['cypher', 'MATCH (m:Model {key: $key}) RETURN m.name AS name', '--param', 'key=medgemini']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[2]).toBe('Med-Gemini');
  });

  it.each(['CREATE (n)', 'MATCH (n) DETACH DELETE n', "MERGE (:Model {key: 'x'})", 'CREATE INDEX x FOR (n:Model) ON (n.name)'])(
    'refuses "%s" with one line and changes nothing',
    async (query) => {
      const run = await runCli(['cypher', query]);
      expect(run.code).toBe(4);
      expect(run.stderr).toBe('medkg: refused: `medkg cypher` runs read-only queries; this query would write to the graph\n');
      expect((await graphCounts(conn)).nodes).toBe(EXPECTED_NODES);
    },
  );
});

// Two papers written for this test: HD95 is a distance (lower is better), Dice a score (higher is better).
const SEG_A = paper({
  title: 'Synthetic study S1: boundary-aware brain tumour segmentation',
  sentences: ['On BraTS, SegNet-A reaches a Dice of 0.91 and an HD95 of 4.2, while nnU-Net reaches a Dice of 0.89 and an HD95 of 5.8.'],
  entities: [
    { name: 'SegNet-A', type: 'Model' }, { name: 'nnU-Net', type: 'Model' }, { name: 'BraTS', type: 'Benchmark' },
    { name: 'Dice', type: 'Metric' }, { name: 'HD95', type: 'Metric' },
  ],
  relations: [
    { type: 'EVALUATED_ON', source: 'SegNet-A', target: 'BraTS', metric: 'Dice', value: 0.91, sentence: 0 },
    { type: 'EVALUATED_ON', source: 'SegNet-A', target: 'BraTS', metric: 'HD95', value: 4.2, sentence: 0 },
    { type: 'EVALUATED_ON', source: 'nnU-Net', target: 'BraTS', metric: 'Dice', value: 0.89, sentence: 0 },
    { type: 'EVALUATED_ON', source: 'nnU-Net', target: 'BraTS', metric: 'HD95', value: 5.8, sentence: 0 },
  ],
});
const SEG_B = paper({
  title: 'Synthetic study S2: a longer training schedule for SegNet-A',
  sentences: ['With longer training, SegNet-A lowers its HD95 on BraTS to 3.9.'],
  entities: [{ name: 'SegNet-A', type: 'Model' }, { name: 'BraTS', type: 'Benchmark' }, { name: 'HD95', type: 'Metric' }],
  relations: [{ type: 'EVALUATED_ON', source: 'SegNet-A', target: 'BraTS', metric: 'HD95', value: 3.9, sentence: 0 }],
});

describe('leaderboard with a lower-is-better metric', () => {
  beforeAll(async () => {
    await loadRecords(conn, asItems([SEG_A, SEG_B]), { batchSize: 100 });
  });

  it('ranks distances lowest first and scores highest first, and says which way each metric improves', async () => {
    const answer = await ask(conn, 'leaderboard for BraTS');
    expect(pick(answer.rows, 'metric', 'better', 'model', 'value', 'paperId')).toEqual([
      ['Dice', 'higher', 'SegNet-A', 0.91, SEG_A.id],
      ['Dice', 'higher', 'nnU-Net', 0.89, SEG_A.id],
      ['HD95', 'lower', 'SegNet-A', 3.9, SEG_B.id],
      ['HD95', 'lower', 'nnU-Net', 5.8, SEG_A.id],
    ]);
  });

  it.each([
    ['HD95', true], ['Hausdorff distance', true], ['word error rate', true], ['WER', true], ['mean absolute error', true],
    ['perplexity', true], ['FID', true], ['false positive rate', true],
    ['accuracy', false], ['Dice', false], ['AUROC', false], ['F1', false], ['BLEU-4', false], ['top-1 error', true],
  ])('%s is lower-is-better: %s', (metric, lower) => expect(isLowerBetter(metric)).toBe(lower));
});
