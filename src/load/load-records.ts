// The streaming loader: Extraction records (or rejects) in, batched transactional writes out, with a
// summary of what was created versus matched. Batch N+1 is built while batch N is being written.
import type { Connection } from '../db/index.ts';
import { BatchBuilder, paperRows } from '../graph/index.ts';
import type { Extraction, Reject } from '../schema/index.ts';
import type { LoadSummary } from '../schema/load-rows.ts';
import { asDatabaseError } from './database-errors.ts';
import type { Progress } from './progress.ts';
import { addCounters, writeBatch, zeroCounters } from './write-batch.ts';

export type LoadItem = { record: Extraction } | { reject: Reject };

export interface LoadOptions {
  /** papers per write transaction */
  batchSize: number;
  progress?: Progress;
  /** called for every rejected record, as soon as it is seen */
  onReject?: (reject: Reject) => void;
}

export async function loadRecords(conn: Connection, items: AsyncIterable<LoadItem> | Iterable<LoadItem>, options: LoadOptions): Promise<LoadSummary> {
  const started = performance.now();
  const totals = zeroCounters();
  const builder = new BatchBuilder();
  let papers = 0;
  let rejected = 0;
  let skippedRelations = 0;
  let pending: Promise<void> = Promise.resolve();

  const flush = async () => {
    const { batch, papers: count, skippedRelations: skipped } = builder.take();
    await pending; // one transaction in flight at a time: hub nodes would make parallel writers wait on locks
    pending = writeBatch(conn, batch).then((counters) => {
      addCounters(totals, counters);
      papers += count;
      skippedRelations += skipped;
      options.progress?.update(papers + rejected);
    });
    pending.catch(() => {}); // surfaced by the next await
  };

  try {
    for await (const item of items) {
      if ('reject' in item) {
        rejected += 1;
        options.onReject?.(item.reject);
        continue;
      }
      builder.add(paperRows(item.record));
      if (builder.papers >= options.batchSize) await flush();
    }
    if (builder.papers > 0) await flush();
    await pending;
  } catch (error) {
    throw asDatabaseError(error, conn.uri, 'start it again and rerun the same command: loading is idempotent');
  } finally {
    options.progress?.stop();
  }
  return {
    papers,
    rejected,
    skippedRelations,
    nodesCreated: totals.nodesCreated,
    nodesMatched: totals.nodeRows - totals.nodesCreated,
    relationshipsCreated: totals.relationshipsCreated,
    relationshipsMatched: totals.relationshipRows - totals.relationshipsCreated,
    propertiesSet: totals.propertiesSet,
    seconds: (performance.now() - started) / 1000,
  };
}
