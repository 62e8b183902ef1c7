// The neo4j-admin CSV export, checked against the import tool's file rules: header/data pairs with
// the same column count, typed columns that parse, every relationship end present in its ID space,
// labels from the known set, literal text (quotes, commas, newlines) round-tripping, and import.sh.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARRAY_DELIMITER, CSV_FILES, collectGraph, csvLine, parseCsvLine, writeNeo4jAdminCsv } from '../../src/export/index.ts';
import { readExtractions } from '../../src/load/index.ts';
import { asItems, expectedCounts } from '../load/expected-counts.ts';
import { EXPECTED_NODES, EXPECTED_RELATIONSHIPS, INJECTION_TITLE, SYNTHETIC } from '../load/fixtures.ts';
import { runCli } from '../load/run-cli.ts';

let dir: string;
let tables: Map<string, { header: string[]; rows: string[][] }>;

/** Data lines of a file written with --multiline-fields: a line continues while its quotes are open. */
function records(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of text.split('\n')) {
    current = current ? `${current}\n${line}` : line;
    if ((current.match(/"/g) ?? []).length % 2 === 0) {
      if (current) out.push(current);
      current = '';
    }
  }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'medkg-admin-'));
  const counts = await writeNeo4jAdminCsv(await collectGraph(asItems(SYNTHETIC)), dir);
  expect(counts).toEqual({ files: CSV_FILES.length * 2, nodes: EXPECTED_NODES, relationships: EXPECTED_RELATIONSHIPS });
  tables = new Map();
  for (const file of CSV_FILES) {
    const header = parseCsvLine((await readFile(path.join(dir, `${file.name}.header.csv`), 'utf8')).trimEnd());
    const rows = records(await readFile(path.join(dir, `${file.name}.csv`), 'utf8')).map(parseCsvLine);
    tables.set(file.name, { header, rows });
  }
});

describe('neo4j-admin CSV export', () => {
  it('writes rows with exactly as many fields as the header has columns', () => {
    for (const [name, { header, rows }] of tables) {
      for (const row of rows) expect(row.length, name).toBe(header.length);
    }
  });

  it('declares one ID column per node file and START_ID/END_ID/TYPE per relationship file', () => {
    for (const file of CSV_FILES) {
      const { header } = tables.get(file.name)!;
      if (file.kind === 'nodes') {
        expect(header.filter((c) => /:ID\((Paper|Entity|Result)\)$/.test(c))).toHaveLength(1);
        expect(header).toContain(':LABEL');
      } else {
        expect(header.slice(0, 3).map((c) => c.replace(/\(.*\)/, ''))).toEqual([':START_ID', ':END_ID', ':TYPE']);
      }
    }
  });

  it('references only ids that exist in the named ID space', () => {
    const ids = new Map<string, Set<string>>();
    for (const file of CSV_FILES.filter((f) => f.kind === 'nodes')) {
      const { header, rows } = tables.get(file.name)!;
      const space = /ID\((\w+)\)/.exec(header[0]!)![1]!;
      ids.set(space, new Set(rows.map((r) => r[0]!)));
    }
    for (const file of CSV_FILES.filter((f) => f.kind === 'relationships')) {
      const { header, rows } = tables.get(file.name)!;
      const [startSpace, endSpace] = [header[0]!, header[1]!].map((c) => /\((\w+)\)/.exec(c)![1]!);
      for (const row of rows) {
        expect(ids.get(startSpace!)!.has(row[0]!), `${file.name} start ${row[0]}`).toBe(true);
        expect(ids.get(endSpace!)!.has(row[1]!), `${file.name} end ${row[1]}`).toBe(true);
      }
    }
  });

  it('writes typed columns the importer can parse and only known labels', () => {
    const labels = new Set(['Paper', 'Result', 'Entity', 'Model', 'Dataset', 'Benchmark', 'Metric', 'URL']);
    for (const [name, { header, rows }] of tables) {
      header.forEach((column, i) => {
        for (const row of rows) {
          const value = row[i]!;
          if (value === '') continue;
          if (column.endsWith(':int')) expect(value, `${name}.${column}`).toMatch(/^-?\d+$/);
          if (column.endsWith(':double')) expect(Number.isFinite(Number(value)), `${name}.${column}`).toBe(true);
          if (column.endsWith(':boolean')) expect(['true', 'false']).toContain(value);
          if (column === ':LABEL') for (const label of value.split(ARRAY_DELIMITER)) expect(labels.has(label), label).toBe(true);
        }
      });
    }
    expect(tables.get('entities')!.rows.find((r) => r[0] === 'medqa')![1]!.split(ARRAY_DELIMITER).sort()).toEqual(['Benchmark', 'Dataset', 'Entity']);
  });

  it('keeps quotes, commas, newlines and Cypher-looking text literal', () => {
    const tricky = ['He said "yes", then\nleft', INJECTION_TITLE, '$x'];
    for (const value of tricky) expect(parseCsvLine(csvLine([value, 1]).slice(0, -1))).toEqual([value, '1']);
    expect(tables.get('papers')!.rows.map((r) => r[2])).toContain(INJECTION_TITLE);
  });

  it('writes import.sh naming every file with the array delimiter it used', async () => {
    const script = await readFile(path.join(dir, 'import.sh'), 'utf8');
    expect(script).toContain('neo4j-admin database import full neo4j');
    expect(script).toContain('--array-delimiter=U+001F');
    for (const file of CSV_FILES) expect(script).toContain(`--${file.kind}=${file.name}.header.csv,${file.name}.csv`);
  });

  it('exports the counts a load would create, from the CLI, rejecting bad lines by file:line', async () => {
    const input = path.join(dir, 'extract.jsonl');
    await writeFile(input, `${SYNTHETIC.map((r) => JSON.stringify(r)).join('\n')}\n{oops\n`);
    const out = path.join(dir, 'cli');
    const run = await runCli(['export', '--neo4j-admin', out, input]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${input}:6: rejected (load): not JSON`);
    const oracle = await expectedCounts(readExtractions([input]));
    expect(run.stdout).toContain(`${oracle.nodes} nodes, ${oracle.relationships} relationships`);
  });
});
