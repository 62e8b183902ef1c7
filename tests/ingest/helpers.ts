// Test helpers for the ingest stage: paths to the repo, the real corpus and the fixtures, and a way
// to collect everything ingest yields for some inputs.
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, type IngestOptions } from '../../src/ingest/index.ts';
import type { Paper, Reject } from '../../src/schema/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');
export const fixturesDir = path.join(repoRoot, 'tests/fixtures/ingest');

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => path.join(corpusDir, name));
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'medkg-ingest-'));
}

export interface Collected {
  papers: Paper[];
  rejects: Reject[];
  duplicates: number;
}

export async function collect(inputs: string[], options: IngestOptions = {}): Promise<Collected> {
  const result: Collected = { papers: [], rejects: [], duplicates: 0 };
  for await (const event of ingest(inputs, options)) {
    if (event.kind === 'paper') result.papers.push(event.paper);
    else if (event.kind === 'reject') result.rejects.push(event.reject);
    else result.duplicates++;
  }
  return result;
}
