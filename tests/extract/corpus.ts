// Test helper: the real corpus (../shared/corpus relative to the repo root), read through the ingest
// stage once per test file, so extractor tests run on exactly what the pipeline would feed them.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest/index.ts';
import type { Paper } from '../../src/schema/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const corpusDir = path.resolve(repoRoot, '../shared/corpus');

let cached: Promise<Paper[]> | undefined;

export function corpusPapers(): Promise<Paper[]> {
  cached ??= (async () => {
    const files = readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => path.join(corpusDir, f));
    const papers: Paper[] = [];
    for await (const event of ingest(files)) if (event.kind === 'paper') papers.push(event.paper);
    return papers;
  })();
  return cached;
}
