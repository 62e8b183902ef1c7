// Collects Extraction records into one de-duplicated set of load rows (entities merged by key, each fact
// once), the same graph the loader's MERGE statements would build: the input of the bulk CSV export.
import { FACT_IDENTITY, FACT_KINDS, mergeEntityRows, paperRows } from '../graph/index.ts';
import type { LoadItem } from '../load/index.ts';
import type { EntityRow, LoadBatch, PaperRow, Reject } from '../schema/index.ts';

export interface CollectedGraph {
  papers: Map<string, PaperRow>;
  entities: Map<string, EntityRow>;
  facts: { [K in Exclude<keyof LoadBatch, 'papers' | 'entities'>]: Map<string, LoadBatch[K][number]> };
  rejects: Reject[];
  skippedRelations: number;
}


function forgetFacts(graph: CollectedGraph, paperId: string): void {
  for (const kind of FACT_KINDS) {
    const facts = graph.facts[kind] as Map<string, { paper: string }>;
    for (const [id, row] of facts) if (row.paper === paperId) facts.delete(id);
  }
}

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
    for (const paper of batch.papers) {
      if (graph.papers.has(paper.id)) forgetFacts(graph, paper.id); // the last version of a paper wins, as in the loader
      graph.papers.set(paper.id, paper);
    }
    for (const entity of batch.entities) {
      const seen = graph.entities.get(entity.key);
      graph.entities.set(entity.key, seen ? mergeEntityRows(seen, entity) : entity);
    }
    for (const kind of FACT_KINDS) {
      const keyOf = FACT_IDENTITY[kind] as (row: unknown) => string;
      const target = graph.facts[kind] as Map<string, unknown>;
      for (const row of batch[kind]) target.set(keyOf(row), row);
    }
  }
  return graph;
}
