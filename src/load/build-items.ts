// `medkg build`'s stream: inputs → ingest → extraction (worker pool) → load items, in one pass.
// Ingest and extraction rejects become load items too, so they are counted with the rest.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { extractAll } from '../extract/pool.ts';
import { ingest } from '../ingest/index.ts';
import type { Paper, Reject } from '../schema/index.ts';
import type { LoadItem } from './load-records.ts';

export interface BuildStreamOptions {
  workers: number;
  /** papers read by ingest so far (for progress) */
  onPaper?: () => void;
}

/** Inputs with every directory replaced by its files (sorted, hidden files skipped); `-` and files pass. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = input === '-' ? null : await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((name) => !name.startsWith('.')).sort();
    for (const name of names) {
      const file = path.join(input, name);
      if ((await stat(file)).isFile()) out.push(file);
    }
  }
  return out;
}

export async function* buildItems(inputs: string[], options: BuildStreamOptions): AsyncGenerator<LoadItem> {
  const files = await expandInputs(inputs);
  const ingestRejects: Reject[] = [];
  async function* papers(): AsyncGenerator<Paper> {
    for await (const event of ingest(files)) {
      if (event.kind === 'paper') {
        options.onPaper?.();
        yield event.paper;
      } else if (event.kind === 'reject') ingestRejects.push(event.reject);
    }
  }
  for await (const outcome of extractAll(papers(), { workers: options.workers })) {
    while (ingestRejects.length) yield { reject: ingestRejects.shift()! };
    if (outcome.kind === 'extraction') yield { record: outcome.extraction };
    else yield { reject: outcome.reject };
  }
  while (ingestRejects.length) yield { reject: ingestRejects.shift()! };
}
