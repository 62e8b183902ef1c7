// Fact rows with their end nodes pre-resolved: the elementIds the paper and entity MERGEs of the same
// transaction returned replace keys, so each fact statement finds its nodes by id instead of by a
// per-row index seek (measured in bench/load.ts). Properties stored on facts keep the keys.
import { MedkgError } from '../errors.ts';
import type { FactKind } from '../graph/index.ts';
import type { LoadBatch } from '../schema/load-rows.ts';

/** elementIds of this transaction's papers (by id) and entities (by key). */
export interface NodeHandles {
  papers: Map<string, string>;
  entities: Map<string, string>;
}

type Row<K extends FactKind> = LoadBatch[K][number];

function idOf(handles: Map<string, string>, key: string, what: string): string {
  const id = handles.get(key);
  if (id === undefined) throw new MedkgError(`load batch refers to ${what} ${key} that it did not write`);
  return id;
}

/** For each fact kind: the row as its statement receives it (end nodes as elementIds). */
export const WITH_HANDLES: { [K in FactKind]: (row: Row<K>, h: NodeHandles) => Record<string, unknown> } = {
  mentions: (r, h) => ({ p: idOf(h.papers, r.paper, 'paper'), e: idOf(h.entities, r.key, 'entity'), count: r.count }),
  introduces: (r, h) => ({ p: idOf(h.papers, r.paper, 'paper'), e: idOf(h.entities, r.key, 'entity'), evidence: r.evidence }),
  results: (r, h) => ({ ...r, p: idOf(h.papers, r.paper, 'paper'), m: idOf(h.entities, r.model, 'entity'), b: idOf(h.entities, r.benchmark, 'entity') }),
  trainedOn: (r, h) => ({ paper: r.paper, evidence: r.evidence, m: idOf(h.entities, r.model, 'entity'), d: idOf(h.entities, r.dataset, 'entity') }),
  outperforms: (r, h) => ({ ...r, w: idOf(h.entities, r.winner, 'entity'), l: idOf(h.entities, r.loser, 'entity') }),
  links: (r, h) => ({ p: idOf(h.papers, r.paper, 'paper'), e: idOf(h.entities, r.key, 'entity'), kind: r.kind, evidence: r.evidence }),
};
