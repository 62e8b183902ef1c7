// Writes one LoadBatch in one managed write transaction (the driver retries transient failures):
// papers are MERGEd and compared with their stored fingerprint; entities are MERGEd; the facts of
// papers whose fingerprint is new or changed are (re)created, those of unchanged papers are skipped.
// A batch commits whole or not at all, so an interrupted load resumes exactly on rerun.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Connection } from '../db/index.ts';
import { loadCypher } from '../db/cypher-files.ts';
import { FACT_KINDS, type FactKind } from '../graph/index.ts';
import type { LoadBatch } from '../schema/load-rows.ts';
import { type NodeHandles, WITH_HANDLES } from './node-handles.ts';

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** nodes / relationships the batch stands for: created + already there */
  nodeRows: number;
  relationshipRows: number;
}

/** Each fact kind, its statement, and how many nodes / relationships one row stands for. */
const FACT_STATEMENTS: Record<FactKind, { file: string; nodes: number; relationships: number }> = {
  mentions: { file: 'load/mentions', nodes: 0, relationships: 1 },
  introduces: { file: 'load/introduces', nodes: 0, relationships: 1 },
  results: { file: 'load/results', nodes: 1, relationships: 3 },
  trainedOn: { file: 'load/trained-on', nodes: 0, relationships: 1 },
  outperforms: { file: 'load/outperforms', nodes: 0, relationships: 1 },
  links: { file: 'load/links', nodes: 0, relationships: 1 },
};

export function zeroCounters(): WriteCounters {
  return { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, nodeRows: 0, relationshipRows: 0 };
}

export function addCounters(into: WriteCounters, more: WriteCounters): WriteCounters {
  for (const key of Object.keys(into) as (keyof WriteCounters)[]) into[key] += more[key];
  return into;
}

async function run(tx: ManagedTransaction, file: string, params: Record<string, unknown>, counters: WriteCounters) {
  const result = await tx.run(loadCypher(file), params);
  const updates = result.summary.counters.updates();
  counters.nodesCreated += updates.nodesCreated - updates.nodesDeleted;
  counters.relationshipsCreated += updates.relationshipsCreated - updates.relationshipsDeleted;
  counters.propertiesSet += updates.propertiesSet;
  return result;
}

async function writeInTransaction(tx: ManagedTransaction, batch: LoadBatch): Promise<WriteCounters> {
  const counters = zeroCounters();
  counters.nodeRows = batch.papers.length + batch.entities.length;
  // papers and entities go out together; the server runs them back to back without waiting on us
  const papersRun = run(tx, 'load/papers', { rows: batch.papers }, counters);
  const entitiesRun = batch.entities.length ? run(tx, 'load/entities', { rows: batch.entities }, counters) : null;
  entitiesRun?.catch(() => {}); // a failure surfaces through the await below or fails the transaction
  const papers = await papersRun;
  const states = new Map(papers.records.map((r) => [r.get('id') as string, r.get('state') as string]));
  const handles: NodeHandles = { papers: new Map(papers.records.map((r) => [r.get('id') as string, r.get('node') as string])), entities: new Map() };
  for (const record of (await entitiesRun)?.records ?? []) handles.entities.set(record.get('key') as string, record.get('node') as string);
  const changed = [...states].filter(([, state]) => state === 'changed').map(([id]) => id);
  if (changed.length) await run(tx, 'load/forget-facts', { ids: changed }, counters);
  // the fact statements only need the handles: all of them are sent at once and run in order
  const facts: Promise<unknown>[] = [];
  for (const kind of FACT_KINDS) {
    const statement = FACT_STATEMENTS[kind];
    const rows = batch[kind] as { paper: string }[];
    counters.nodeRows += rows.length * statement.nodes;
    counters.relationshipRows += rows.length * statement.relationships;
    const fresh = rows.filter((row) => states.get(row.paper) !== 'same');
    const withHandles = WITH_HANDLES[kind] as (row: unknown, h: NodeHandles) => Record<string, unknown>;
    if (fresh.length) facts.push(run(tx, statement.file, { rows: fresh.map((row) => withHandles(row, handles)) }, counters));
  }
  await Promise.all(facts);
  return counters;
}

export async function writeBatch(conn: Connection, batch: LoadBatch): Promise<WriteCounters> {
  if (batch.papers.length === 0) return zeroCounters();
  const session = conn.driver.session({ database: conn.database });
  try {
    return await session.executeWrite((tx) => writeInTransaction(tx, batch));
  } finally {
    await session.close();
  }
}
