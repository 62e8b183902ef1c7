// `medkg build`'s stream: inputs → ingest → extraction (worker pool) → load items, in one pass.
// Ingest and extraction rejects become load items too, so they are counted with the rest.
import { extractAll } from '../extract/pool.ts';
import { expandInputs, ingest } from '../ingest/index.ts';
import type { Paper, Reject } from '../schema/index.ts';
import type { LoadItem } from './load-records.ts';

export interface BuildStreamOptions {
  workers: number;
  /** papers read by ingest so far (for progress) */
  onPaper?: () => void;
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
