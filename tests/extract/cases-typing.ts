// Synthetic fixtures for the typing rules of unseen names and for metric names (written for these
// tests, not taken from any paper; the invented names are deliberately absent from the lexicon):
// a name glossed by a count of items is a collection (Benchmark when its sentence is about testing,
// Dataset when something is trained or tuned on it), a name after a fronted "On X," is the subject,
// scores listed after names stay out of the names, plural and qualified measures.
import type { Case } from './cases.ts';

export const TYPING_CASES: Case[] = [
  {
    name: 'a name glossed by a count of items, assembled "for evaluation", is a benchmark',
    title: 'Renal follow-up',
    abstract: 'For evaluation we assemble RenalHoldout-700, 700 studies with expert labels. On RenalHoldout-700, GPT-4o reaches an accuracy of 66.1%.',
    entities: ['Benchmark:RenalHoldout-700', 'Model:GPT-4o', 'Metric:accuracy'],
    relations: ['EVALUATED_ON GPT-4o -> RenalHoldout-700 accuracy 66.1', 'INTRODUCES P -> RenalHoldout-700'],
  },
  {
    name: 'a counted collection something is "tuned on" is training data, whatever else the sentence says',
    title: 'Ward dialogue tuning',
    abstract: 'Our assistant is tuned on WardChats, 12,000 nurse dialogues from two hospitals, and GPT-4o scores 70.2% on MedQA.',
    entities: ['Dataset:WardChats', 'Model:GPT-4o', 'Benchmark:MedQA'],
    relations: ['EVALUATED_ON GPT-4o -> MedQA 70.2'],
  },
  {
    name: 'a counted collection used "to audit" models is a benchmark',
    title: 'Lung scans',
    abstract: 'We describe LungScanSet, 3,100 chest scans from two sites, and use it to audit GPT-4o, which reaches an AUROC of 0.84 on LungScanSet.',
    entities: ['Benchmark:LungScanSet', 'Model:GPT-4o', 'Metric:AUROC'],
    relations: ['EVALUATED_ON GPT-4o -> LungScanSet AUROC 0.84', 'INTRODUCES P -> LungScanSet'],
  },
  {
    name: '"On X, Y reaches": Y opens the clause after a fronted phrase, so it is the model, not a second benchmark',
    title: 'Fronted benchmark',
    abstract: 'On PubMedQA, QuillRank reaches an accuracy of 74.0%, while GPT-4o reaches 77.1%.',
    entities: ['Benchmark:PubMedQA', 'Model:QuillRank', 'Metric:accuracy', 'Model:GPT-4o'],
    relations: ['EVALUATED_ON QuillRank -> PubMedQA accuracy 74', 'EVALUATED_ON GPT-4o -> PubMedQA accuracy 77.1'],
  },
  {
    name: 'a score after a model in a "Name value" list is not a release number (GPT-4 64.9)',
    title: 'Scores listed after names',
    abstract: 'On MedQA, exact-match accuracy is as follows: GPT-4 64.9, Mistral-7B 41.6.',
    entities: ['Benchmark:MedQA', 'Metric:exact-match accuracy', 'Model:GPT-4', 'Model:Mistral-7B'],
    relations: ['EVALUATED_ON GPT-4 -> MedQA exact-match accuracy 64.9', 'EVALUATED_ON Mistral-7B -> MedQA exact-match accuracy 41.6'],
  },
  {
    name: 'a 0.xx score after a coined name is not a release number (ZentaBERT 0.71)',
    title: 'Scores 0.xx',
    abstract: 'Macro F1 on BC5CDR: ZentaBERT 0.71 and BioBERT 0.69.',
    entities: ['Metric:Macro F1', 'Dataset:BC5CDR', 'Model:ZentaBERT', 'Model:BioBERT'],
    relations: ['EVALUATED_ON ZentaBERT -> BC5CDR Macro F1 0.71', 'EVALUATED_ON BioBERT -> BC5CDR Macro F1 0.69'],
  },
  {
    name: 'plural measures ("accuracies", "mean reciprocal ranks") are the measure, named in the singular',
    title: 'Plural measures',
    abstract: 'GPT-4o reaches accuracies of 81.2% on MedQA and 77.9% on PubMedQA. On BioASQ, the mean reciprocal ranks of GPT-4o and Llama 3 8B are 0.802 and 0.771.',
    entities: ['Model:GPT-4o', 'Metric:accuracy', 'Benchmark:MedQA', 'Benchmark:PubMedQA', 'Benchmark:BioASQ', 'Metric:mean reciprocal rank', 'Model:Llama 3 8B'],
    relations: [
      'EVALUATED_ON GPT-4o -> MedQA accuracy 81.2',
      'EVALUATED_ON GPT-4o -> PubMedQA accuracy 77.9',
      'EVALUATED_ON GPT-4o -> BioASQ mean reciprocal rank 0.802',
      'EVALUATED_ON Llama 3 8B -> BioASQ mean reciprocal rank 0.771',
    ],
  },
  {
    name: 'a hyphenated qualifier narrows a measure into its own ("closed-ended accuracy", "object-level F1 score")',
    title: 'Qualified measures',
    abstract: 'GPT-4o reaches a closed-ended accuracy of 82.4% on VQA-RAD and an object-level F1 score of 0.91 on GlaS.',
    entities: ['Model:GPT-4o', 'Metric:closed-ended accuracy', 'Benchmark:VQA-RAD', 'Metric:object-level F1 score', 'Dataset:GlaS'],
    relations: ['EVALUATED_ON GPT-4o -> VQA-RAD closed-ended accuracy 82.4', 'EVALUATED_ON GPT-4o -> GlaS object-level F1 score 0.91'],
  },
  {
    name: 'mean surface distance is a known measure',
    title: 'Surface distance',
    abstract: 'On BTCV, nnU-Net reaches a mean surface distance of 1.21 mm and SwinUNETR 1.58 mm.',
    entities: ['Benchmark:BTCV', 'Model:nnU-Net', 'Metric:mean surface distance', 'Model:SwinUNETR'],
    relations: ['EVALUATED_ON nnU-Net -> BTCV mean surface distance 1.21', 'EVALUATED_ON SwinUNETR -> BTCV mean surface distance 1.58'],
  },
  {
    name: '"a dense retriever" is a model head noun',
    title: 'Trial retrieval',
    abstract: 'We propose VexaSearch, a dense retriever for trial matching, and evaluate it on TREC-COVID, where it reaches an nDCG@10 of 0.71.',
    entities: ['Model:VexaSearch', 'Dataset:TREC-COVID', 'Metric:nDCG@10'],
    relations: ['EVALUATED_ON VexaSearch -> TREC-COVID nDCG@10 0.71', 'INTRODUCES P -> VexaSearch'],
  },
  {
    name: 'an appositive head after a coined word types it ("X, a new benchmark of …", "X, our curated test set of …")',
    title: 'Appositive heads',
    abstract: 'On RenalAbstain, a new benchmark of 900 questions, GPT-4o reaches an accuracy of 61.0%. On KidneyCases, our curated test set of 300 scans, GPT-4o reaches an AUROC of 0.77.',
    entities: ['Benchmark:RenalAbstain', 'Model:GPT-4o', 'Metric:accuracy', 'Benchmark:KidneyCases', 'Metric:AUROC'],
    relations: ['EVALUATED_ON GPT-4o -> RenalAbstain accuracy 61', 'EVALUATED_ON GPT-4o -> KidneyCases AUROC 0.77', 'INTRODUCES P -> KidneyCases'],
  },
  {
    name: '"the external X cohort" names a data collection',
    title: 'External cohort',
    abstract: 'On the external WristScan-Ext cohort, GPT-4o reaches an AUROC of 0.81.',
    entities: ['Dataset:WristScan-Ext', 'Model:GPT-4o', 'Metric:AUROC'],
    relations: ['EVALUATED_ON GPT-4o -> WristScan-Ext AUROC 0.81'],
  },
  {
    name: 'a bare measure ("its kappa") that only one qualified measure of the paper ends with is that measure',
    title: 'Retinopathy grading',
    abstract: 'On APTOS 2019, GlintEye obtains a quadratic weighted kappa of 0.912. On IDRiD its kappa is 0.861.',
    entities: ['Dataset:APTOS 2019', 'Model:GlintEye', 'Metric:quadratic weighted kappa', 'Dataset:IDRiD'],
    relations: ['EVALUATED_ON GlintEye -> APTOS 2019 quadratic weighted kappa 0.912', 'EVALUATED_ON GlintEye -> IDRiD quadratic weighted kappa 0.861'],
  },
  {
    name: 'a numbered release of a known data set ("M&Ms-2") is its own entity, apart from the first release',
    title: 'Cardiac releases',
    abstract: 'On M&Ms-2, FlowHeart reaches a mean Dice of 0.902, against 0.889 for nnU-Net on M&Ms.',
    entities: ['Dataset:M&Ms-2', 'Model:FlowHeart', 'Metric:Dice', 'Model:nnU-Net', 'Dataset:M&Ms'],
    relations: ['EVALUATED_ON FlowHeart -> M&Ms-2 Dice 0.902', 'EVALUATED_ON nnU-Net -> M&Ms Dice 0.889'],
  },
];
