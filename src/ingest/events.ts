// What ingest hands to the next stage: a paper, a rejected record (with the reason), or a note that a
// duplicate record was merged into one already seen. Built from the zod types in src/schema.
import type { Paper, Reject } from '../schema/index.ts';

export type IngestEvent =
  | { kind: 'paper'; paper: Paper }
  | { kind: 'reject'; reject: Reject }
  | { kind: 'duplicate'; id: string; file: string; line: number };

/** A reject raised while reading input. Line 0 means "the whole file". */
export function ingestReject(file: string, line: number, reason: string): IngestEvent {
  return { kind: 'reject', reject: { file, line, reason, stage: 'ingest' } };
}
