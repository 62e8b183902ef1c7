// Extraction across all cores: papers stream in, are cut into batches and spread over worker threads,
// with a bounded number of batches in flight (backpressure: the input is only read as fast as results
// are consumed) and results released in input order. One worker means in-process, no threads.
//
// Workers run the TypeScript sources through tsx: Node 20 ignores `execArgv: ['--import', 'tsx']`
// for a .ts worker entry ("Unknown file extension"), so each worker starts from a two-line ESM
// bootstrap that registers tsx's loader and then imports worker.ts.
import { Worker } from 'node:worker_threads';
import type { Paper } from '../schema/index.ts';
import { WORKER_ROLE, extractBatch, type BatchReply, type BatchRequest, type ExtractOutcome } from './worker.ts';

export type { ExtractOutcome } from './worker.ts';

export interface PoolOptions {
  /** worker threads; 1 runs in-process */
  workers: number;
  /** papers per message to a worker */
  batchSize?: number;
  /** batches sent but not yet released, across all workers; default 2 per worker */
  maxInFlight?: number;
}

export const DEFAULT_BATCH_SIZE = 32;

/** Checked extraction outcomes, one per input paper, in input order. */
export async function* extractAll(papers: AsyncIterable<Paper> | Iterable<Paper>, options: PoolOptions): AsyncGenerator<ExtractOutcome> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (options.workers <= 1) {
    for await (const batch of batches(papers, batchSize)) yield* extractBatch(batch);
    return;
  }
  const pool = new WorkerPool(options.workers);
  const maxInFlight = options.maxInFlight ?? options.workers * 2;
  const inFlight: Promise<ExtractOutcome[]>[] = [];
  try {
    for await (const batch of batches(papers, batchSize)) {
      const pending = pool.run(batch);
      pending.catch(() => undefined); // surfaced when its turn comes, not as an unhandled rejection
      inFlight.push(pending);
      while (inFlight.length >= maxInFlight) yield* await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield* await inFlight.shift()!;
  } finally {
    await pool.close();
  }
}

async function* batches<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

interface Job {
  request: BatchRequest;
  resolve: (outcomes: ExtractOutcome[]) => void;
  reject: (error: Error) => void;
}

/** Fixed set of extraction workers, started lazily; each works on one batch at a time. */
class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(private readonly size: number) {}

  run(papers: Paper[]): Promise<ExtractOutcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { id: this.nextId++, papers }, resolve, reject });
      if (this.idle.length === 0 && this.workers.length < this.size) this.idle.push(this.spawn());
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const all = this.workers.splice(0);
    this.idle.length = 0;
    await Promise.all(all.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.running.set(worker, job);
      worker.postMessage(job.request);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(bootstrapSource(), { eval: true, workerData: { role: WORKER_ROLE } });
    worker.on('message', (reply: BatchReply) => {
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      job?.resolve(reply.outcomes);
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(new Error(`extraction worker failed: ${error.message.split('\n')[0]}`)));
    worker.on('exit', (code) => {
      if (this.workers.includes(worker)) this.fail(new Error(`extraction worker stopped unexpectedly (exit code ${code})`));
    });
    this.workers.push(worker);
    return worker;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of [...this.running.values(), ...this.waiting.splice(0)]) job.reject(this.failure);
    this.running.clear();
  }
}

/** ESM source a worker starts from: register tsx's loader, then load worker.ts. */
function bootstrapSource(): string {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}
