// The loader against the real Neo4j: exact counts, idempotent reloads (every count unchanged, the
// summary says matched), literal storage of injection-looking text, and bad lines rejected by file:line.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/index.ts';
import { applySchema, clearGraph, graphCounts, loadRecords } from '../../src/load/index.ts';
import { runReadOnly } from '../../src/query/index.ts';
import { ensureTestServer } from '../helpers/neo4j.ts';
import { asItems, expectedCounts } from './expected-counts.ts';
import { DOLLAR_ENTITY, EXPECTED, GEMINI, EXPECTED_NODES, EXPECTED_RELATIONSHIPS, INJECTION_ENTITY, INJECTION_TITLE, SYNTHETIC } from './fixtures.ts';
import { runCli } from './run-cli.ts';

let conn: Connection;

beforeAll(async () => {
  conn = await ensureTestServer();
  await applySchema(conn);
  await clearGraph(conn);
});
afterAll(async () => conn?.close());

describe('loadRecords', () => {
  it('creates exactly the hand-counted nodes and relationships, which match the row oracle', async () => {
    const summary = await loadRecords(conn, asItems(SYNTHETIC), { batchSize: 2 });
    expect(summary).toMatchObject({
      papers: EXPECTED.papers,
      rejected: 0,
      skippedRelations: EXPECTED.skippedRelations,
      nodesCreated: EXPECTED_NODES,
      relationshipsCreated: EXPECTED_RELATIONSHIPS,
    });
    expect(await graphCounts(conn)).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
    expect(await expectedCounts(asItems(SYNTHETIC))).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
  });

  it('leaves every count unchanged on a second load and reports everything as matched', async () => {
    const summary = await loadRecords(conn, asItems(SYNTHETIC), { batchSize: 1000 });
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, nodesMatched: EXPECTED_NODES, relationshipsMatched: EXPECTED_RELATIONSHIPS });
    expect(await graphCounts(conn)).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
  });

  it('merges aliases from different papers into one node and keeps one result per paper', async () => {
    const { rows } = await runReadOnly(conn, 'MATCH (e:Entity {key: $key}) RETURN e.name AS name, e.aliases AS aliases, labels(e) AS labels, COUNT { (e)<-[:ON]-() } AS results', { key: 'medqa' });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('MedQA');
    expect((rows[0]!.aliases as string[]).sort()).toEqual(['MedQA (USMLE)', 'MedQA-USMLE']);
    expect((rows[0]!.labels as string[]).sort()).toEqual(['Benchmark', 'Dataset', 'Entity']);
    expect(rows[0]!.results).toBe(5);
  });

  it('replaces a non-canonical name stored by an earlier load with the lexicon name, keeping it as an alias', async () => {
    const rename = 'MATCH (e:Entity {key: $key}) SET e.name = $name, e.aliases = [a IN e.aliases WHERE a <> $name] + [$old]';
    const session = conn.driver.session();
    await session.run(rename, { key: 'medqa', name: 'MedQA (USMLE)', old: 'MedQA' }).finally(() => session.close());
    await loadRecords(conn, asItems([GEMINI]), { batchSize: 10 });
    const { rows } = await runReadOnly(conn, 'MATCH (e:Entity {key: $key}) RETURN e.name AS name, e.aliases AS aliases', { key: 'medqa' });
    expect(rows[0]!.name).toBe('MedQA');
    expect((rows[0]!.aliases as string[]).sort()).toEqual(['MedQA (USMLE)', 'MedQA-USMLE']);
    expect(await graphCounts(conn)).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
  });

  it('stores Cypher-looking titles and names literally and deletes nothing', async () => {
    const { rows } = await runReadOnly(conn, 'MATCH (p:Paper)-[:MENTIONS]->(e) WHERE p.title = $title RETURN e.name AS name ORDER BY name', { title: INJECTION_TITLE });
    expect(rows.map((r) => r.name)).toEqual([DOLLAR_ENTITY, INJECTION_ENTITY].sort());
    expect(await graphCounts(conn)).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
  });
});

describe('a paper loaded again with a different extraction', () => {
  it('replaces that paper\'s facts and leaves the counts of the others unchanged', async () => {
    const changed = structuredClone(GEMINI);
    changed.relations[1] = { ...changed.relations[1]!, value: 92.5 };
    const summary = await loadRecords(conn, asItems([changed]), { batchSize: 10 });
    expect(summary).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 }); // one result replaced by one
    const scores = async () =>
      (await runReadOnly(conn, "MATCH (:Entity {key: 'medgemini'})-[:ACHIEVED]->(r:Result) RETURN r.value AS value ORDER BY value")).rows.map((r) => r.value);
    expect(await scores()).toEqual([90.2, 92.5]);
    await loadRecords(conn, asItems([GEMINI]), { batchSize: 10 });
    expect(await scores()).toEqual([90.2, 91.1]);
    expect(await graphCounts(conn)).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
  });
});

describe('medkg load', () => {
  it('rejects a bad line with file:line, loads the rest, and exits non-zero', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'medkg-load-'));
    const file = path.join(dir, 'extract.jsonl');
    const lines = SYNTHETIC.map((r) => JSON.stringify(r));
    lines.splice(2, 0, '{"id": "p-broken", "title": 42}', 'not json at all');
    await writeFile(file, `${lines.join('\n')}\n`);
    const run = await runCli(['load', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:3: rejected (load): not an extraction record (`);
    expect(run.stderr).toContain(`${file}:4: rejected (load): not JSON`);
    expect(run.stdout).toContain(`papers loaded: ${EXPECTED.papers}, rejected records: 2`);
    expect(run.stdout).toContain(`nodes: 0 created, ${EXPECTED_NODES} matched`);
    expect(run.stdout).toContain(`relationships: 0 created, ${EXPECTED_RELATIONSHIPS} matched`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await graphCounts(conn)).toEqual({ nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
  });
});
