// Synthetic extraction records for the view's tests: a paper whose title and entity name are HTML
// (must show as text, run nothing), and a seeded mid-size graph of real model/benchmark names with
// sentences written for these tests (never corpus text), for looking at the view without the corpus.
import { writeFileSync } from 'node:fs';
import type { Extraction } from '../../src/schema/index.ts';
import { paper, type EntitySpec, type RelationSpec } from '../load/synthetic.ts';

export const XSS_TITLE = '<img src=x onerror=alert(1)>';
export const XSS_MODEL = '<b onmouseover=alert(2)>ScriptNet</b>';

export function xssPaper(): Extraction {
  return paper({
    title: XSS_TITLE,
    date: '2024-02-02',
    sentences: [
      `We present ${XSS_MODEL}, a model whose name is markup on purpose.`,
      `${XSS_MODEL} reaches 42.5 accuracy on RenderCheckQA.`,
    ],
    entities: [
      { name: XSS_MODEL, type: 'Model' },
      { name: 'RenderCheckQA', type: 'Benchmark' },
      { name: 'accuracy', type: 'Metric' },
    ],
    relations: [
      { type: 'INTRODUCES', source: '', target: XSS_MODEL, sentence: 0 },
      { type: 'EVALUATED_ON', source: XSS_MODEL, target: 'RenderCheckQA', metric: 'accuracy', value: 42.5, sentence: 1 },
    ],
  });
}

const MODELS = ['GPT-4', 'GPT-4o', 'Med-PaLM 2', 'Med-Gemini', 'Flan-PaLM', 'LLaVA-Med', 'BioMistral', 'Meditron-70B', 'PMC-LLaMA', 'ClinicalCamel', 'MedSAM', 'nnU-Net', 'SwinUNETR', 'BioBERT', 'PubMedBERT', 'RadFM', 'CheXagent', 'Llama 3', 'Qwen2-VL', 'HuatuoGPT'];
const BENCHMARKS = ['MedQA', 'PubMedQA', 'MedMCQA', 'MMLU', 'VQA-RAD', 'SLAKE', 'PathVQA', 'BTCV', 'MedBullets', 'MMMU'];
const DATASETS = ['MIMIC-CXR', 'MIMIC-III', 'CheXpert', 'PMC-OA', 'ROCO', 'PubMed'];

/** Deterministic pseudo-random numbers (mulberry32), so the synthetic graph is the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPapers(count: number, seed = 7): Extraction[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const out: Extraction[] = [];
  for (let i = 0; i < count; i++) {
    const model = pick(MODELS);
    const rival = pick(MODELS.filter((m) => m !== model));
    const benches = [...new Set([pick(BENCHMARKS), pick(BENCHMARKS)])];
    const data = pick(DATASETS);
    const sentences = [`Synthetic study ${i} trains ${model} on ${data}.`];
    const relations: RelationSpec[] = [{ type: 'TRAINED_ON', source: model, target: data, sentence: 0 }];
    for (const b of benches) {
      const value = Math.round((50 + rand() * 45) * 10) / 10;
      sentences.push(`On ${b}, ${model} scores ${value} accuracy.`);
      relations.push({ type: 'EVALUATED_ON', source: model, target: b, metric: 'accuracy', value, sentence: sentences.length - 1 });
    }
    sentences.push(`${model} outperforms ${rival} in this synthetic comparison.`);
    relations.push({ type: 'OUTPERFORMS', source: model, target: rival, sentence: sentences.length - 1 });
    const entities: EntitySpec[] = [
      { name: model, type: 'Model' },
      { name: rival, type: 'Model' },
      { name: data, type: 'Dataset' },
      { name: 'accuracy', type: 'Metric' },
      ...benches.map((b): EntitySpec => ({ name: b, type: 'Benchmark' })),
    ];
    out.push(paper({ title: `Synthetic view study ${i}: ${model} across ${benches.join(' and ')}`, date: `2024-0${1 + (i % 9)}-1${i % 10}`, sentences, entities, relations }));
  }
  return out;
}

export function writeJsonl(file: string, records: Extraction[]): void {
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
