// Synthetic fixtures (written for these tests, not taken from any paper): title + abstract in, the
// exact entities and relations the extractor must produce. Real model/benchmark names, invented text.
import type { Paper } from '../../src/schema/index.ts';

export function paperOf(title: string, abstract: string, id = 'P'): Paper {
  return { id, title, abstract, date: null, authors: null, url: null, upvotes: null, doi: null, truncated: false };
}

export interface Case {
  name: string;
  title: string;
  abstract: string;
  /** every non-URL entity, as "Type:name" */
  entities: string[];
  /** every relation except LINKS_TO, as "TYPE source -> target [metric] [value]" (paper id = "P") */
  relations: string[];
}

export const CASES: Case[] = [
  {
    name: 'proposed model trained on one dataset, evaluated with a score on another',
    title: 'OrthoNet: grading knee radiographs',
    abstract:
      'We propose OrthoNet, a convolutional network for grading knee radiographs. OrthoNet is trained on MIMIC-CXR and evaluated on CheXpert, where it reaches an AUC of 0.91.',
    entities: ['Model:OrthoNet', 'Dataset:MIMIC-CXR', 'Dataset:CheXpert', 'Metric:AUC'],
    relations: [
      'INTRODUCES P -> OrthoNet',
      'TRAINED_ON OrthoNet -> MIMIC-CXR',
      'EVALUATED_ON OrthoNet -> CheXpert AUC 0.91',
    ],
  },
  {
    name: 'a delta after "by" is not the score; the beaten model is not evaluated',
    title: 'A study of exam questions',
    abstract: 'On the MedQA (USMLE) benchmark, Med-Gemini achieves 91.1% accuracy, surpassing GPT-4 by 4.6%.',
    entities: ['Benchmark:MedQA (USMLE)', 'Model:Med-Gemini', 'Metric:accuracy', 'Model:GPT-4'],
    relations: [
      'EVALUATED_ON Med-Gemini -> MedQA (USMLE) accuracy 91.1',
      'OUTPERFORMS Med-Gemini -> GPT-4',
    ],
  },
  {
    name: '"accuracy of N% on X" and a second benchmark in the same sentence',
    title: 'Prompting strategies compared',
    abstract: 'With chain-of-thought prompting, Flan-PaLM reaches an accuracy of 67.6% on MedQA and 57.6% on MedMCQA.',
    entities: ['Model:Flan-PaLM', 'Metric:accuracy', 'Benchmark:MedQA', 'Benchmark:MedMCQA'],
    relations: [
      'EVALUATED_ON Flan-PaLM -> MedQA accuracy 67.6',
      'EVALUATED_ON Flan-PaLM -> MedMCQA accuracy 57.6',
    ],
  },
  {
    name: 'score without a named metric; improvement over an older model is not its score',
    title: 'Expert-level answers',
    abstract: 'Med-PaLM 2 scored 86.5% on MedQA-USMLE, improving on Med-PaLM by 19%.',
    entities: ['Model:Med-PaLM 2', 'Benchmark:MedQA-USMLE', 'Model:Med-PaLM'],
    relations: ['EVALUATED_ON Med-PaLM 2 -> MedQA-USMLE 86.5', 'OUTPERFORMS Med-PaLM 2 -> Med-PaLM'],
  },
  {
    name: 'generic classes, modalities and tasks are not entities',
    title: 'Deep learning for radiology',
    abstract:
      'Large language models (LLMs), MLLMs and CNN baselines were compared for segmentation and VQA on CT and MRI scans, and diagnostic accuracy improved.',
    entities: [],
    relations: [],
  },
  {
    name: 'acronym definition joins the expansion and the acronym',
    title: 'Agents for osteoarthritis',
    abstract:
      'We present Knee Osteoarthritis Grading Agent (KOGA), a framework that coordinates specialist tools. KOGA outperforms LLaVA-Med on VQA-RAD.',
    entities: ['Model:Knee Osteoarthritis Grading Agent', 'Model:LLaVA-Med', 'Benchmark:VQA-RAD'],
    relations: [
      'INTRODUCES P -> Knee Osteoarthritis Grading Agent',
      'EVALUATED_ON Knee Osteoarthritis Grading Agent -> VQA-RAD',
      'OUTPERFORMS Knee Osteoarthritis Grading Agent -> LLaVA-Med',
    ],
  },
  {
    name: '"termed as X" names the paper\'s artifact',
    title: 'Text-prompted segmentation',
    abstract: 'We build a universal segmentation model driven by text prompts, termed as SegText, and compare it with nnU-Net and MedSAM.',
    entities: ['Model:SegText', 'Model:nnU-Net', 'Model:MedSAM'],
    relations: ['INTRODUCES P -> SegText'],
  },
  {
    name: 'a released dataset with a size suffix, used to train; title prefix names it',
    title: 'DermaSet-40K: a dermoscopy dataset',
    abstract:
      'We release DermaSet-40K, a dataset of 40,000 dermoscopy images with expert labels. A ResNet-50 fine-tuned on DermaSet-40K reaches a sensitivity of 0.88.',
    entities: ['Dataset:DermaSet-40K', 'Model:ResNet-50', 'Metric:sensitivity'],
    relations: ['INTRODUCES P -> DermaSet-40K', 'TRAINED_ON ResNet-50 -> DermaSet-40K'],
  },
  {
    name: 'our unnamed method is attributed to the paper\'s named model',
    title: 'RetinaGPT: a fundus report generator',
    abstract:
      'We introduce RetinaGPT, a vision-language model for fundus reports. Our model achieves a BLEU-4 of 0.42 on the MIMIC-CXR test split and outperforms R2Gen.',
    entities: ['Model:RetinaGPT', 'Metric:BLEU-4', 'Dataset:MIMIC-CXR', 'Model:R2Gen'],
    relations: [
      'INTRODUCES P -> RetinaGPT',
      'EVALUATED_ON RetinaGPT -> MIMIC-CXR BLEU-4 0.42',
      'OUTPERFORMS RetinaGPT -> R2Gen',
    ],
  },
  {
    name: 'GPT-4, GPT-4V and GPT-4o stay three models; a new benchmark evaluated in the next sentence',
    title: 'RadBench-X: probing multimodal models',
    abstract:
      'We introduce RadBench-X, a benchmark of 2,000 radiology questions. We evaluated GPT-4, GPT-4V and GPT-4o, and GPT-4o achieves an accuracy of 61.5%.',
    entities: ['Benchmark:RadBench-X', 'Model:GPT-4', 'Model:GPT-4V', 'Model:GPT-4o', 'Metric:accuracy'],
    relations: [
      'INTRODUCES P -> RadBench-X',
      'EVALUATED_ON GPT-4 -> RadBench-X accuracy', // the paper's only measure, no number of its own
      'EVALUATED_ON GPT-4V -> RadBench-X accuracy',
      'EVALUATED_ON GPT-4o -> RadBench-X accuracy 61.5',
    ],
  },
  {
    name: '"respectively" pairs scores with benchmarks in order; an interval bound is not a score',
    title: 'Report labelling',
    abstract:
      'LabelNet-XL reaches a micro F1 of 0.84 and 0.77 on the MIMIC-CXR and CheXpert test sets respectively. Readers agreed in 81% of cases (95% CI, 78 to 84%).',
    entities: ['Model:LabelNet-XL', 'Metric:micro F1', 'Dataset:MIMIC-CXR', 'Dataset:CheXpert'],
    relations: ['EVALUATED_ON LabelNet-XL -> MIMIC-CXR micro F1 0.84', 'EVALUATED_ON LabelNet-XL -> CheXpert micro F1 0.77'],
  },
  {
    name: 'a coined name listed next to known models is a model; a shared link is LINKS_TO only',
    title: 'Comparing backbones',
    abstract:
      'We compare ResNet-50, DermaViT-S and EfficientNet on ISIC 2019. Code is at https://github.com/example/derma-bench.',
    entities: ['Model:ResNet-50', 'Model:DermaViT-S', 'Model:EfficientNet', 'Benchmark:ISIC 2019'],
    relations: [
      'EVALUATED_ON ResNet-50 -> ISIC 2019',
      'EVALUATED_ON DermaViT-S -> ISIC 2019',
      'EVALUATED_ON EfficientNet -> ISIC 2019',
    ],
  },
  {
    name: 'a title-named benchmark gets the scores of models evaluated in later sentences',
    title: 'CardioQA: a benchmark for cardiology questions',
    abstract:
      'We introduce CardioQA, a benchmark of 1,200 cardiology questions written by physicians. We evaluated Llama 3 and Mistral; Mistral reaches an accuracy of 58.2%.',
    entities: ['Benchmark:CardioQA', 'Model:Llama 3', 'Model:Mistral', 'Metric:accuracy'],
    relations: [
      'INTRODUCES P -> CardioQA',
      'EVALUATED_ON Llama 3 -> CardioQA accuracy', // the paper's only measure
      'EVALUATED_ON Mistral -> CardioQA accuracy 58.2',
    ],
  },
];
