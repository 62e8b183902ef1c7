// The worker pool: same output as single-threaded, input order kept, bounded reading ahead
// (backpressure), both through the API and through `medkg extract --workers`.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAll, type ExtractOutcome } from '../../src/extract/pool.ts';
import type { Paper } from '../../src/schema/index.ts';
import { collect, corpusFiles, repoRoot } from '../ingest/helpers.ts';

function runExtract(workers: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const args = [path.join(repoRoot, 'bin/medkg.js'), 'extract', ...corpusFiles(), '--workers', workers, '--warm-start', '0'];
  const child = spawn(process.execPath, args, { cwd: repoRoot });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

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

  it('should share the work between the main thread and one worker for --workers 2, with the in-process results', async () => {
    const single = await drain(extractAll(papers, { workers: 1 }));
    const stats = { onWorkers: 0 };
    const many = Array.from({ length: 6 }, (_, round) => papers.map((p) => ({ ...p, id: `${p.id}-${round}` }))).flat();
    const shared = await drain(extractAll(many, { workers: 2, batchSize: 8, warmStartMs: 1, stats }));
    expect(shared).toHaveLength(many.length);
    expect(shared.slice(0, papers.length).map((o) => (o.kind === 'extraction' ? o.extraction.entities : null)))
      .toEqual(single.map((o) => (o.kind === 'extraction' ? o.extraction.entities : null)));
    expect(stats.onWorkers).toBeGreaterThan(0);
    expect(stats.onWorkers).toBeLessThan(many.length);
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
      void outcome;
      consumed++;
      maxAhead = Math.max(maxAhead, pulled - consumed);
      if (consumed % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 2)); // a slow consumer
    }
    expect(consumed).toBe(300);
    expect(maxAhead).toBeLessThanOrEqual(batchSize * (maxInFlight + 1));
  });

  it('should write byte-identical output from `medkg extract` with --workers 2 (all on threads) and --workers 1', async () => {
    // both runs at once, so they read the same extractor sources
    const [pooled, single] = await Promise.all([runExtract('2'), runExtract('1')]);
    expect(pooled.stderr).toContain('with 2 workers (319 papers on worker threads)\n');
    expect(single.stderr).toContain('with 1 worker\n');
    expect(pooled.stdout.split('\n').filter(Boolean)).toHaveLength(319);
    expect(pooled.stdout).toBe(single.stdout);
  });
});
