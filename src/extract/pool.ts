// Extraction across all cores: papers stream in, are cut into batches and spread over worker threads,
// with a bounded number of batches in flight (backpressure: the input is only read as fast as results
// are consumed) and results released in input order. One worker means in-process, no threads.
// Loading the extractor takes a worker seconds (compromise alone is ~1-2 s), so the main thread starts
// extracting by itself and only starts workers once that has taken `warmStartMs`; it keeps going until
// the first worker is ready. Small inputs (the 319-paper corpus) never pay for threads. After that the
// main thread shares the work: it is one of the `workers` extraction threads (so `--workers 2` starts
// one thread), and extracts a batch itself whenever every worker is busy and another batch waits.
// With `warmStartMs: 0` every batch goes to `workers` threads instead (used to test the threads).
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
  /** in-process extraction time after which workers are started (default 1000 ms); 0 sends every batch to workers */
  warmStartMs?: number;
  /** filled while running: how many papers were extracted on worker threads */
  stats?: PoolStats;
}

export interface PoolStats {
  onWorkers: number;
}

export const DEFAULT_WARM_START_MS = 1000;

export const DEFAULT_BATCH_SIZE = 32;

/** Checked extraction outcomes, one per input paper, in input order. */
export async function* extractAll(papers: AsyncIterable<Paper> | Iterable<Paper>, options: PoolOptions): AsyncGenerator<ExtractOutcome> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (options.workers <= 1) {
    for await (const batch of batches(papers, batchSize)) yield* extractBatch(batch);
    return;
  }
  const warmStartMs = options.warmStartMs ?? DEFAULT_WARM_START_MS;
  const maxInFlight = options.maxInFlight ?? options.workers * 2;
  const inFlight: Promise<ExtractOutcome[]>[] = [];
  let pool: WorkerPool | null = null;
  let inProcessMs = 0;
  try {
    for await (const batch of batches(papers, batchSize)) {
      // sharing work, the main thread is one of the `workers` extraction threads
      if (pool === null && inProcessMs >= warmStartMs) pool = new WorkerPool(warmStartMs > 0 ? options.workers - 1 : options.workers);
      if (pool?.failure) throw pool.failure;
      // every worker is busy and another batch already waits for one: the main thread extracts this one
      const workersSaturated = warmStartMs > 0 && pool !== null && pool.queued > 0;
      if (pool === null || (pool.readyWorkers === 0 && warmStartMs > 0) || workersSaturated) {
        const started = performance.now();
        inFlight.push(Promise.resolve(extractBatch(batch)));
        inProcessMs += performance.now() - started;
        if (pool) await nextTurn(); // let 'ready' messages from starting workers arrive
      } else {
        if (options.stats) options.stats.onWorkers += batch.length;
        const pending = pool.run(batch);
        pending.catch(() => undefined); // surfaced when its turn comes, not as an unhandled rejection
        inFlight.push(pending);
      }
      while (inFlight.length >= maxInFlight) yield* await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield* await inFlight.shift()!;
  } finally {
    await pool?.close();
  }
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

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

/** Fixed set of extraction workers, all started at once; each works on one batch at a time. */
class WorkerPool {
  private readonly workers: Worker[] = [];
  /** workers that have loaded the extractor and wait for a batch */
  private readonly idle: Worker[] = [];
  private readonly waiting: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;
  /** the first worker failure; every later batch is refused with it */
  failure: Error | null = null;

  /** how many workers have loaded the extractor so far */
  readyWorkers = 0;

  /** batches waiting for a free worker */
  get queued(): number {
    return this.waiting.length;
  }

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(papers: Paper[]): Promise<ExtractOutcome[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { id: this.nextId++, papers }, resolve, reject });
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

  private spawn(): void {
    const worker = new Worker(bootstrapSource(), { eval: true, workerData: { role: WORKER_ROLE } });
    worker.on('message', (reply: BatchReply) => {
      if ('ready' in reply) this.readyWorkers++;
      else {
        const job = this.running.get(worker);
        this.running.delete(worker);
        job?.resolve(reply.outcomes);
      }
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => this.fail(new Error(`extraction worker failed: ${error.message.split('\n')[0]}`)));
    worker.on('exit', (code) => {
      if (this.workers.includes(worker)) this.fail(new Error(`extraction worker stopped unexpectedly (exit code ${code})`));
    });
    this.workers.push(worker);
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
