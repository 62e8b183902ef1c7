// A deterministic synthetic corpus of any size for the server-loss test and `npm run bench:load`: real
// model, benchmark, dataset and metric names recombined into extraction records whose sentences are
// generated from templates written for medkg (never corpus text).
import { paper } from './synthetic.ts';
import type { Extraction } from '../../src/schema/index.ts';

const MODELS = ['GPT-4', 'GPT-3.5', 'Med-PaLM 2', 'Flan-PaLM', 'Med-Gemini', 'BioBERT', 'PubMedBERT', 'ClinicalBERT', 'BioGPT',
  'LLaVA-Med', 'MedSAM', 'nnU-Net', 'SwinUNETR', 'U-Net', 'ResNet-50', 'DenseNet-121', 'ViT-B/16', 'CLIP', 'BiomedCLIP',
  'Llama 3', 'Llama 2', 'Mistral-7B', 'Meditron-70B', 'PMC-LLaMA', 'ChatDoctor', 'MedAlpaca', 'Clinical Camel', 'BioMistral',
  'CheXNet', 'TransUNet', 'SAM', 'MedCLIP', 'GatorTron', 'BlueBERT', 'SciBERT', 'Qwen2-VL', 'InternVL', 'RadFM', 'MedViLL', 'LLaVA'];
const BENCHMARKS = ['MedQA', 'PubMedQA', 'MedMCQA', 'MMLU', 'MedBullets', 'BioASQ', 'VQA-RAD', 'SLAKE', 'PathVQA', 'MMMU',
  'NEJM Image Challenge', 'LiTS challenge', 'BraTS', 'KiTS19', 'ISIC 2018', 'RSNA Pneumonia Challenge', 'EHRSHOT', 'MIMIC-CXR-VQA',
  'BLURB', 'BC5CDR', 'NCBI-disease', 'ChemProt', 'HoC', 'MedNLI', 'emrQA', 'CliBench', 'R2MED', 'MedAgentBench'];
const DATASETS = ['MIMIC-III', 'MIMIC-IV', 'MIMIC-CXR', 'CheXpert', 'ChestX-ray14', 'PubMed', 'PMC-OA', 'ROCO', 'CORD-19',
  'LIDC-IDRI', 'ImageNet', 'TCGA', 'UK Biobank', 'eICU', 'PadChest', 'OpenI', 'Quilt-1M', 'MedTrinity-25M', 'PMC-VQA', 'MedPix'];
const METRICS = ['accuracy', 'F1', 'AUC', 'Dice', 'BLEU', 'ROUGE-L', 'recall', 'IoU'];
const PREFIXES = ['Med', 'Bio', 'Clin', 'Rad', 'Path', 'Derm', 'Cardio', 'Onco', 'Neuro', 'Pulmo'];
const SUFFIXES = ['Net', 'GPT', 'Former', 'LM', 'Seg', 'VL', 'Agent', 'Reasoner', 'CLIP', 'Diff'];

/** Small deterministic PRNG (mulberry32) so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPaper(i: number): Extraction {
  const rand = prng(i + 1);
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)]!;
  const newModel = `${pick(PREFIXES)}${pick(SUFFIXES)}-${i}`;
  const [baseline, bench1, bench2, dataset, metric] = [pick(MODELS), pick(BENCHMARKS), pick(BENCHMARKS), pick(DATASETS), pick(METRICS)];
  const second = bench2 === bench1 ? BENCHMARKS[(BENCHMARKS.indexOf(bench1) + 1) % BENCHMARKS.length]! : bench2;
  const score = () => Math.round(500 + rand() * 499) / 10;
  const [v1, v2, v3] = [score(), score(), score()];
  const url = `https://github.com/synthetic-lab/${newModel.toLowerCase()}`;
  const withCode = rand() < 0.5;
  const sentences = [
    `We propose ${newModel}, a model for clinical tasks trained on ${dataset}.`,
    `${newModel} reaches ${v1} ${metric} on ${bench1} and ${v2} on ${second}.`,
    `The ${baseline} baseline obtains ${v3} ${metric} on ${bench1}, so ${newModel} outperforms ${baseline}.`,
    ...(withCode ? [`Our code is available at ${url}.`] : []),
  ];
  return paper({
    title: `Synthetic paper ${i}: ${newModel} for ${bench1} and ${second}`,
    date: `${2018 + (i % 8)}-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    sentences,
    entities: [
      { name: newModel, type: 'Model' },
      { name: baseline, type: 'Model' },
      { name: bench1, type: 'Benchmark' },
      { name: second, type: 'Benchmark' },
      { name: dataset, type: 'Dataset' },
      { name: metric, type: 'Metric' },
      ...(withCode ? [{ name: url, type: 'URL' as const }] : []),
    ],
    relations: [
      { type: 'INTRODUCES', source: '', target: newModel, sentence: 0 },
      { type: 'TRAINED_ON', source: newModel, target: dataset, sentence: 0 },
      { type: 'EVALUATED_ON', source: newModel, target: bench1, metric, value: v1, sentence: 1 },
      { type: 'EVALUATED_ON', source: newModel, target: second, metric, value: v2, sentence: 1 },
      { type: 'EVALUATED_ON', source: baseline, target: bench1, metric, value: v3, sentence: 2 },
      { type: 'OUTPERFORMS', source: newModel, target: baseline, benchmark: bench1, sentence: 2 },
      ...(withCode ? [{ type: 'LINKS_TO' as const, source: '', target: url, linkKind: 'code' as const, sentence: 3 }] : []),
    ],
  });
}

export function* syntheticCorpus(count: number, first = 0): Generator<Extraction> {
  for (let i = first; i < first + count; i += 1) yield syntheticPaper(i);
}
