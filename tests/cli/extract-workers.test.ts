// The worker pool: same output as single-threaded, input order kept, bounded reading ahead
// (backpressure), both through the API and through `medkg extract --workers`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAll, type ExtractOutcome } from '../../src/extract/pool.ts';
import type { Paper } from '../../src/schema/index.ts';
import { collect, corpusFiles, repoRoot } from '../ingest/helpers.ts';

async function drain(outcomes: AsyncIterable<ExtractOutcome>): Promise<ExtractOutcome[]> {
  const all: ExtractOutcome[] = [];
  for await (const outcome of outcomes) all.push(outcome);
  return all;
}

describe('extraction worker pool', () => {
  let papers: Paper[];
  beforeAll(async () => {
    papers = (await collect(corpusFiles())).papers;
  });

  it('should give exactly the in-process results, in input order, with small batches spread over 2 workers', async () => {
    const single = await drain(extractAll(papers, { workers: 1 }));
    const pooled = await drain(extractAll(papers, { workers: 2, batchSize: 5, maxInFlight: 3, warmStartMs: 0 }));
    expect(single).toHaveLength(papers.length);
    expect(pooled).toEqual(single);
    expect(pooled.map((o) => (o.kind === 'extraction' ? o.extraction.id : o.reject.file))).toEqual(papers.map((p) => p.id));
  });

  it('should not read ahead of the consumer by more than the in-flight batches', async () => {
    const batchSize = 4;
    const maxInFlight = 3;
    let pulled = 0;
    let maxAhead = 0;
    async function* source(): AsyncGenerator<Paper> {
      for (let round = 0; round < 2; round++) {
        for (const paper of papers.slice(0, 150)) {
          pulled++;
          yield { ...paper, id: `${paper.id}-${round}` };
        }
      }
    }
    let consumed = 0;
    for await (const outcome of extractAll(source(), { workers: 2, batchSize, maxInFlight, warmStartMs: 0 })) {
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
      if (consumed % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 2)); // a slow consumer
      expect(outcome.kind).toBe('extraction');
    }
    expect(consumed).toBe(300);
    expect(maxAhead).toBeLessThanOrEqual(batchSize * (maxInFlight + 1));
  });

  it('should write byte-identical output from `medkg extract` with --workers 2 and --workers 1', () => {
    const run = (workers: string): string => {
      const result = spawnSync(process.execPath, [path.join(repoRoot, 'bin/medkg.js'), 'extract', ...corpusFiles(), '--workers', workers], {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain(`with ${workers} worker`);
      return result.stdout;
    };
    const pooled = run('2');
    expect(pooled.split('\n').filter(Boolean)).toHaveLength(319);
    expect(pooled).toBe(run('1'));
  });
});
