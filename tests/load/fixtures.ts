// The synthetic mini-corpus the loader and query tests share: five papers written for the tests, with
// real model and benchmark names, one score reported twice for the same pair, an alias only one paper
// uses, and a paper whose title and entity names look like Cypher injection.
import type { Extraction } from '../../src/schema/index.ts';
import { paper } from './synthetic.ts';

export const INJECTION_TITLE = "Robust parsing of '}) DETACH DELETE n // and $x in titles";
export const INJECTION_ENTITY = "X'}) DETACH DELETE n //";
export const DOLLAR_ENTITY = '$x';

export const GEMINI = paper({
  title: 'Synthetic study A: a multimodal medical assistant',
  date: '2024-04-29',
  sentences: [
    'We introduce Med-Gemini, a family of multimodal medical models.',
    'Med-Gemini reaches 91.1% accuracy on MedQA (USMLE), ahead of GPT-4.',
    'Code is at https://github.com/example/med-gemini-eval.',
  ],
  entities: [
    { name: 'Med-Gemini', type: 'Model' },
    { name: 'MedQA', type: 'Benchmark', roles: ['Benchmark', 'Dataset'], aliases: ['MedQA (USMLE)'] },
    { name: 'GPT-4', type: 'Model' },
    { name: 'accuracy', type: 'Metric' },
    { name: 'https://github.com/example/med-gemini-eval', type: 'URL' },
  ],
  relations: [
    { type: 'INTRODUCES', source: '', target: 'Med-Gemini', sentence: 0 },
    { type: 'EVALUATED_ON', source: 'Med-Gemini', target: 'MedQA (USMLE)', metric: 'accuracy', value: 91.1, sentence: 1 },
    { type: 'OUTPERFORMS', source: 'Med-Gemini', target: 'GPT-4', benchmark: 'MedQA', sentence: 1 },
    { type: 'LINKS_TO', source: '', target: 'https://github.com/example/med-gemini-eval', linkKind: 'code', sentence: 2 },
  ],
});

export const PALM = paper({
  title: 'Synthetic study B: expert-level medical question answering',
  date: '2023-05-16',
  sentences: [
    'Med-PaLM 2 scores 86.5 accuracy on MedQA-USMLE, and Flan-PaLM scores 67.6.',
    'On PubMedQA, Med-PaLM 2 reaches 81.8 accuracy.',
    'Med-PaLM 2 was tuned on MedMCQA training questions.',
  ],
  entities: [
    { name: 'Med-PaLM 2', type: 'Model' },
    { name: 'Flan-PaLM', type: 'Model' },
    { name: 'MedQA-USMLE', type: 'Benchmark', key: 'medqa' },
    { name: 'PubMedQA', type: 'Benchmark' },
    { name: 'MedMCQA', type: 'Dataset', roles: ['Dataset', 'Benchmark'] },
    { name: 'accuracy', type: 'Metric' },
  ],
  relations: [
    { type: 'EVALUATED_ON', source: 'Med-PaLM 2', target: 'MedQA-USMLE', metric: 'accuracy', value: 86.5, sentence: 0 },
    { type: 'EVALUATED_ON', source: 'Flan-PaLM', target: 'MedQA-USMLE', metric: 'accuracy', value: 67.6, sentence: 0 },
    { type: 'EVALUATED_ON', source: 'Med-PaLM 2', target: 'PubMedQA', metric: 'accuracy', value: 81.8, sentence: 1 },
    { type: 'TRAINED_ON', source: 'Med-PaLM 2', target: 'MedMCQA', sentence: 2 },
    { type: 'EVALUATED_ON', source: 'Med-PaLM 2', target: 'NoSuchBenchmark', sentence: 1 },
  ],
});

export const REPLICATION = paper({
  title: 'Synthetic study C: re-running medical QA evaluations',
  date: '2024-09-02',
  sentences: [
    'We re-evaluate Med-Gemini on MedQA and measure 90.2 accuracy.',
    'GPT-4 obtains 86.1 accuracy on MedQA and 75.2 on PubMedQA.',
    'We also release MedQA-Hard, a new dataset of difficult questions.',
  ],
  entities: [
    { name: 'Med-Gemini', type: 'Model' },
    { name: 'GPT-4', type: 'Model' },
    { name: 'MedQA', type: 'Benchmark' },
    { name: 'PubMedQA', type: 'Benchmark' },
    { name: 'MedQA-Hard', type: 'Dataset' },
    { name: 'accuracy', type: 'Metric' },
  ],
  relations: [
    { type: 'EVALUATED_ON', source: 'Med-Gemini', target: 'MedQA', metric: 'accuracy', value: 90.2, sentence: 0 },
    { type: 'EVALUATED_ON', source: 'GPT-4', target: 'MedQA', metric: 'accuracy', value: 86.1, sentence: 1 },
    { type: 'EVALUATED_ON', source: 'GPT-4', target: 'PubMedQA', metric: 'accuracy', value: 75.2, sentence: 1 },
    { type: 'INTRODUCES', source: '', target: 'MedQA-Hard', sentence: 2 },
  ],
});

export const DATASET_PAPER = paper({
  title: 'Synthetic study D: a chest radiograph collection',
  date: '2019-01-21',
  sentences: ['We present MIMIC-CXR, a large dataset of chest radiographs with reports.', 'A DenseNet-121 baseline is trained on MIMIC-CXR.'],
  entities: [
    { name: 'MIMIC-CXR', type: 'Dataset' },
    { name: 'DenseNet-121', type: 'Model' },
  ],
  relations: [
    { type: 'INTRODUCES', source: '', target: 'MIMIC-CXR', sentence: 0 },
    { type: 'TRAINED_ON', source: 'DenseNet-121', target: 'MIMIC-CXR', sentence: 1 },
  ],
});

export const INJECTION = paper({
  title: INJECTION_TITLE,
  date: '2025',
  sentences: [`The model ${INJECTION_ENTITY} is tested on ${DOLLAR_ENTITY} without harm.`],
  entities: [
    { name: INJECTION_ENTITY, type: 'Model', key: INJECTION_ENTITY },
    { name: DOLLAR_ENTITY, type: 'Benchmark', key: DOLLAR_ENTITY },
  ],
  relations: [{ type: 'EVALUATED_ON', source: INJECTION_ENTITY, target: DOLLAR_ENTITY, sentence: 0 }],
});

export const SYNTHETIC: Extraction[] = [GEMINI, PALM, REPLICATION, DATASET_PAPER, INJECTION];

/** Expected graph of SYNTHETIC, counted by hand from the papers above. */
export const EXPECTED = {
  papers: 5,
  // Med-Gemini, MedQA, GPT-4, accuracy, URL, Med-PaLM 2, Flan-PaLM, PubMedQA, MedMCQA, MedQA-Hard,
  // MIMIC-CXR, DenseNet-121, injection model, $x
  entities: 14,
  // Gemini 1, PaLM 3 (the NoSuchBenchmark relation is skipped), replication 3, injection 1
  results: 8,
  // 5 + 6 + 6 + 2 + 2
  mentions: 21,
  introduces: 3,
  trainedOn: 2,
  outperforms: 1,
  links: 1,
  skippedRelations: 1,
};

export const EXPECTED_NODES = EXPECTED.papers + EXPECTED.entities + EXPECTED.results;
export const EXPECTED_RELATIONSHIPS =
  EXPECTED.mentions + EXPECTED.introduces + EXPECTED.results * 3 + EXPECTED.trainedOn + EXPECTED.outperforms + EXPECTED.links;
