// Independent oracle for load tests: the node and relationship counts a set of extraction records must
// produce, computed from the de-duplicated rows (the bulk-export collector), not from Neo4j.
import { collectGraph } from '../../src/export/index.ts';
import type { LoadItem } from '../../src/load/index.ts';

export async function expectedCounts(items: AsyncIterable<LoadItem>): Promise<{ nodes: number; relationships: number }> {
  const g = await collectGraph(items);
  const f = g.facts;
  return {
    nodes: g.papers.size + g.entities.size + f.results.size,
    relationships: f.mentions.size + f.introduces.size + f.results.size * 3 + f.trainedOn.size + f.outperforms.size + f.links.size,
  };
}

export async function* asItems<T>(records: T[]): AsyncGenerator<{ record: T }> {
  for (const record of records) yield { record };
}
