// Synthetic gold and prediction records for the eval tests (names only, no corpus text), with the
// scores they must give worked out by hand in evaluate.test.ts.
import type { EntityType, Extraction, GoldRecord, Relation } from '../../src/schema/index.ts';

export type PredEntity = { type: EntityType; name: string; aliases?: string[]; roles?: EntityType[] };
type PredRelation = Pick<Relation, 'type' | 'source' | 'target'> & { metric?: string; value?: number };

export function prediction(id: string, entities: PredEntity[], relations: PredRelation[] = []): Extraction {
  return {
    id, title: `Synthetic paper ${id}`, abstract: 'A synthetic abstract.', date: null, authors: null, url: null,
    upvotes: null, doi: null, truncated: false,
    entities: entities.map((e) => ({
      type: e.type, name: e.name, key: e.name.toLowerCase(), roles: e.roles ?? [], aliases: e.aliases ?? [], mentions: [],
    })),
    relations: relations.map((r) => ({
      type: r.type, source: r.source, target: r.target, metric: r.metric ?? null, value: r.value ?? null,
      evidence: { start: 0, end: 1, text: 'A' },
    })),
  };
}

export const gold: GoldRecord[] = [
  {
    id: 'g1',
    entities: [
      { name: 'MedQA', types: ['Benchmark', 'Dataset'], aliases: ['MedQA-USMLE'] },
      { name: 'Med-Gemini', types: ['Model'], aliases: [] },
      { name: 'accuracy', types: ['Metric'], aliases: [] },
      { name: 'https://github.com/example/med', types: ['URL'], aliases: [] },
    ],
    relations: [
      { type: 'EVALUATED_ON', source: 'Med-Gemini', target: 'MedQA', metric: 'accuracy', value: 91.1 },
      { type: 'INTRODUCES', target: 'Med-Gemini' },
    ],
  },
  {
    id: 'g2',
    entities: [
      { name: 'PubMedQA', types: ['Benchmark'], aliases: [] },
      { name: 'BioBERT', types: ['Model'], aliases: [] },
      { name: 'F1', types: ['Metric'], aliases: [] },
      { name: 'CheXpert', types: ['Dataset'], aliases: [] },
    ],
    relations: [
      { type: 'EVALUATED_ON', source: 'BioBERT', target: 'PubMedQA', metric: 'F1', value: 80.5 },
      { type: 'EVALUATED_ON', source: 'BioBERT', target: 'CheXpert' },
    ],
  },
  {
    id: 'g3',
    entities: [
      { name: 'MMLU', types: ['Benchmark'], aliases: [] },
      { name: 'GPT-4', types: ['Model'], aliases: [] },
    ],
    relations: [{ type: 'EVALUATED_ON', source: 'GPT-4', target: 'MMLU', value: 86.4 }],
  },
];

/** g1 found through an alias and other spellings; g2 with a type error, a duplicate and a wrong value; g3 absent. */
export const predictions: Extraction[] = [
  prediction(
    'g1',
    [
      { type: 'Dataset', name: 'MedQA USMLE' },
      { type: 'Model', name: 'Med Gemini' },
      { type: 'Metric', name: 'Accuracy' },
      { type: 'URL', name: 'https://github.com/example/med' },
      { type: 'Model', name: 'LLMs' },
    ],
    [
      { type: 'EVALUATED_ON', source: 'Med Gemini', target: 'MedQA USMLE', metric: 'Accuracy', value: 91.1 },
      { type: 'INTRODUCES', source: 'g1', target: 'Med Gemini' },
    ],
  ),
  prediction(
    'g2',
    [
      { type: 'Dataset', name: 'PubMedQA' },
      { type: 'Model', name: 'BioBERT' },
      { type: 'Model', name: 'Bio-BERT' },
      { type: 'Dataset', name: 'CheXpert' },
    ],
    [
      { type: 'EVALUATED_ON', source: 'BioBERT', target: 'PubMedQA', metric: 'F1', value: 80 },
      { type: 'EVALUATED_ON', source: 'BioBERT', target: 'MedQA' },
      { type: 'INTRODUCES', source: 'g2', target: 'BioBERT' },
    ],
  ),
  prediction('not-in-gold', [{ type: 'Model', name: 'Unscored' }]),
];
