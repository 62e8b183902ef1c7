// Collects Extraction records into one de-duplicated set of load rows (entities merged by key, each fact
// once), the same graph the loader's MERGE statements would build: the input of the bulk CSV export.
import { mergeEntityRows, paperRows } from '../graph/index.ts';
import type { LoadItem } from '../load/index.ts';
import type { EntityRow, LoadBatch, PaperRow, Reject } from '../schema/index.ts';

export interface CollectedGraph {
  papers: Map<string, PaperRow>;
  entities: Map<string, EntityRow>;
  facts: { [K in Exclude<keyof LoadBatch, 'papers' | 'entities'>]: Map<string, LoadBatch[K][number]> };
  rejects: Reject[];
  skippedRelations: number;
}

/** The identity of each fact, mirroring what its MERGE matches on. */
const FACT_KEYS = {
  mentions: (r: LoadBatch['mentions'][number]) => `${r.paper}\u0000${r.key}`,
  introduces: (r: LoadBatch['introduces'][number]) => `${r.paper}\u0000${r.key}`,
  results: (r: LoadBatch['results'][number]) => r.id,
  trainedOn: (r: LoadBatch['trainedOn'][number]) => `${r.model}\u0000${r.dataset}\u0000${r.paper}`,
  outperforms: (r: LoadBatch['outperforms'][number]) => `${r.winner}\u0000${r.loser}\u0000${r.paper}\u0000${r.on}`,
  links: (r: LoadBatch['links'][number]) => `${r.paper}\u0000${r.key}`,
};

export async function collectGraph(items: AsyncIterable<LoadItem>): Promise<CollectedGraph> {
  const graph: CollectedGraph = {
    papers: new Map(),
    entities: new Map(),
    facts: { mentions: new Map(), introduces: new Map(), results: new Map(), trainedOn: new Map(), outperforms: new Map(), links: new Map() },
    rejects: [],
    skippedRelations: 0,
  };
  for await (const item of items) {
    if ('reject' in item) {
      graph.rejects.push(item.reject);
      continue;
    }
    const { batch, skippedRelations } = paperRows(item.record);
    graph.skippedRelations += skippedRelations;
    for (const paper of batch.papers) graph.papers.set(paper.id, paper);
    for (const entity of batch.entities) {
      const seen = graph.entities.get(entity.key);
      graph.entities.set(entity.key, seen ? mergeEntityRows(seen, entity) : entity);
    }
    for (const kind of Object.keys(FACT_KEYS) as (keyof typeof FACT_KEYS)[]) {
      const keyOf = FACT_KEYS[kind] as (row: unknown) => string;
      const target = graph.facts[kind] as Map<string, unknown>;
      for (const row of batch[kind]) target.set(keyOf(row), row);
    }
  }
  return graph;
}
