// One paper in, one checked outcome out: runs extractPaper, validates the result against the
// Extraction schema and turns failures into rejects. Used in-process (`--workers 1`) and, when loaded
// as a worker thread by pool.ts, answers batches posted by the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Extraction, type Paper, type Reject } from '../schema/index.ts';
import { extractPaper } from './index.ts';

export type ExtractOutcome = { kind: 'extraction'; extraction: Extraction } | { kind: 'reject'; reject: Reject };

/** Marks a worker thread started by pool.ts (so importing this module elsewhere starts nothing). */
export const WORKER_ROLE = 'medkg-extract-worker';

export interface BatchRequest {
  id: number;
  papers: Paper[];
}
export type BatchReply = { id: number; outcomes: ExtractOutcome[] } | { ready: true };

export function extractChecked(paper: Paper): ExtractOutcome {
  try {
    const checked = Extraction.safeParse(extractPaper(paper));
    if (checked.success) return { kind: 'extraction', extraction: checked.data };
    const issue = checked.error.issues[0]!;
    return reject(paper, `extraction does not match the schema at ${issue.path.join('.') || 'top level'}: ${issue.message}`);
  } catch (error) {
    return reject(paper, `extractor failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

export function extractBatch(papers: Paper[]): ExtractOutcome[] {
  return papers.map(extractChecked);
}

function reject(paper: Paper, reason: string): ExtractOutcome {
  return {
    kind: 'reject',
    reject: { file: paper.source?.file ?? paper.id, line: paper.source?.line ?? 0, reason: `paper ${paper.id}: ${reason}`, stage: 'extract' },
  };
}

const port = parentPort;
if (port && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  port.on('message', (request: BatchRequest) => {
    const reply: BatchReply = { id: request.id, outcomes: extractBatch(request.papers) };
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies BatchReply); // modules loaded: the pool may send work
}
