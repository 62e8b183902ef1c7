// `medkg export --neo4j-admin DIR`: header + data CSV files for `neo4j-admin database import full`
// (the bulk path for first loads of millions of papers), plus import.sh with the exact command.
// Node ids live in three ID spaces (Paper, Entity, Result); labels and types come from :LABEL / :TYPE
// (several labels separated by the array delimiter, as the importer expects).
import { mkdir, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import type { CollectedGraph } from './collect.ts';
import { ARRAY_DELIMITER_FLAG, csvLine } from './csv.ts';

export interface CsvFileSpec {
  name: string;
  kind: 'nodes' | 'relationships';
  header: string[];
  rows: (graph: CollectedGraph) => Iterable<unknown[]>;
}

const values = <T>(map: Map<string, T>) => map.values();

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Iterable<U> {
  for (const item of items) yield f(item);
}

export const CSV_FILES: CsvFileSpec[] = [
  {
    name: 'papers',
    kind: 'nodes',
    header: ['id:ID(Paper)', ':LABEL', 'title', 'date', 'year:int', 'authors:int', 'url', 'upvotes:int', 'truncated:boolean', 'hash'],
    rows: (g) => map(values(g.papers), (p) => [p.id, 'Paper', p.title, p.date, p.year, p.authors, p.url, p.upvotes, p.truncated, p.hash]),
  },
  {
    name: 'entities',
    kind: 'nodes',
    header: ['key:ID(Entity)', ':LABEL', 'name', 'aliases:string[]', 'norms:string[]'],
    rows: (g) => map(values(g.entities), (e) => [e.key, ['Entity', ...e.labels], e.name, e.aliases, e.norms]),
  },
  {
    name: 'results',
    kind: 'nodes',
    header: ['id:ID(Result)', ':LABEL', 'paper', 'model', 'benchmark', 'metric', 'value:double', 'evidence'],
    rows: (g) => map(values(g.facts.results), (r) => [r.id, 'Result', r.paper, r.model, r.benchmark, r.metric, r.value, r.evidence]),
  },
  {
    name: 'mentions',
    kind: 'relationships',
    header: [':START_ID(Paper)', ':END_ID(Entity)', ':TYPE', 'count:int'],
    rows: (g) => map(values(g.facts.mentions), (r) => [r.paper, r.key, 'MENTIONS', r.count]),
  },
  {
    name: 'introduces',
    kind: 'relationships',
    header: [':START_ID(Paper)', ':END_ID(Entity)', ':TYPE', 'evidence'],
    rows: (g) => map(values(g.facts.introduces), (r) => [r.paper, r.key, 'INTRODUCES', r.evidence]),
  },
  {
    name: 'achieved',
    kind: 'relationships',
    header: [':START_ID(Entity)', ':END_ID(Result)', ':TYPE'],
    rows: (g) => map(values(g.facts.results), (r) => [r.model, r.id, 'ACHIEVED']),
  },
  {
    name: 'on',
    kind: 'relationships',
    header: [':START_ID(Result)', ':END_ID(Entity)', ':TYPE'],
    rows: (g) => map(values(g.facts.results), (r) => [r.id, r.benchmark, 'ON']),
  },
  {
    name: 'reports',
    kind: 'relationships',
    header: [':START_ID(Paper)', ':END_ID(Result)', ':TYPE'],
    rows: (g) => map(values(g.facts.results), (r) => [r.paper, r.id, 'REPORTS']),
  },
  {
    name: 'trained-on',
    kind: 'relationships',
    header: [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'paper', 'evidence'],
    rows: (g) => map(values(g.facts.trainedOn), (r) => [r.model, r.dataset, 'TRAINED_ON', r.paper, r.evidence]),
  },
  {
    name: 'outperforms',
    kind: 'relationships',
    header: [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'paper', 'on', 'benchmark', 'evidence'],
    rows: (g) => map(values(g.facts.outperforms), (r) => [r.winner, r.loser, 'OUTPERFORMS', r.paper, r.on, r.benchmark, r.evidence]),
  },
  {
    name: 'links',
    kind: 'relationships',
    header: [':START_ID(Paper)', ':END_ID(Entity)', ':TYPE', 'kind', 'evidence'],
    rows: (g) => map(values(g.facts.links), (r) => [r.paper, r.key, 'LINKS_TO', r.kind, r.evidence]),
  },
];

/** The import command for the files in `dir` (paths relative to it). */
export function importCommand(database = 'neo4j'): string {
  const groups = CSV_FILES.map((f) => `--${f.kind}=${f.name}.header.csv,${f.name}.csv`);
  return [
    `neo4j-admin database import full ${database}`,
    `--array-delimiter=${ARRAY_DELIMITER_FLAG}`,
    '--multiline-fields=true',
    ...groups,
  ].join(' \\\n  ');
}

export interface ExportCounts {
  files: number;
  nodes: number;
  relationships: number;
}

export async function writeNeo4jAdminCsv(graph: CollectedGraph, dir: string): Promise<ExportCounts> {
  await mkdir(dir, { recursive: true });
  const counts: ExportCounts = { files: 0, nodes: 0, relationships: 0 };
  for (const file of CSV_FILES) {
    await writeFile(path.join(dir, `${file.name}.header.csv`), csvLine(file.header).replace(/"/g, ''));
    const out = createWriteStream(path.join(dir, `${file.name}.csv`), 'utf8');
    for (const row of file.rows(graph)) {
      if (!out.write(csvLine(row))) await once(out, 'drain');
      counts[file.kind] += 1;
    }
    out.end();
    await once(out, 'finish');
    counts.files += 2;
  }
  const script = `#!/bin/sh\n# Bulk-loads this directory into an EMPTY, stopped database; then run \`medkg db init\` for the\n# constraints and indexes. Run from this directory.\n${importCommand()}\n`;
  await writeFile(path.join(dir, 'import.sh'), script, { mode: 0o755 });
  return counts;
}
