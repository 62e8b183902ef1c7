// Table-driven cases for results written as tables in prose (src/extract/relations-results.ts):
// which model, benchmark and metric each reported number belongs to. Synthetic sentences written for
// these tests; the names are well-known lexicon entries so the cases test the relation rules only.
// Each case lists EVALUATED_ON facts that must be produced and facts that must not be.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';
import { paperOf } from './cases.ts';

interface ResultCase {
  rule: string;
  abstract: string;
  /** "source -> target [metric] [value]" */
  present: string[];
  absent: string[];
}

const CASES: ResultCase[] = [
  {
    rule: 'a number followed by "for X" is X\'s; semicolon clauses keep their own benchmark; "the same three models" reuses the earlier order',
    abstract:
      'On MedQA, GPT-4o scores 77.3%, against 61.7% for Llama 3 8B and 50.9% for Mistral 7B; on MedMCQA the same three models reach 71.8%, 56.4% and 48.0%.',
    present: ['GPT-4o -> MedQA 77.3', 'Llama 3 8B -> MedQA 61.7', 'Mistral 7B -> MedQA 50.9', 'GPT-4o -> MedMCQA 71.8', 'Llama 3 8B -> MedMCQA 56.4', 'Mistral 7B -> MedMCQA 48'],
    absent: ['GPT-4o -> MedMCQA 77.3', 'Llama 3 8B -> MedQA 77.3'],
  },
  {
    rule: '"respectively" over a list of models',
    abstract: 'On BTCV, nnU-Net, SwinUNETR and MedSAM reach Dice scores of 0.781, 0.742 and 0.728, respectively.',
    present: ['nnU-Net -> BTCV Dice score 0.781', 'SwinUNETR -> BTCV Dice score 0.742', 'MedSAM -> BTCV Dice score 0.728'],
    absent: ['nnU-Net -> BTCV Dice score 0.742'],
  },
  {
    rule: '"respectively" over benchmarks, then "on the same three datasets" in the next sentence',
    abstract:
      'MedSAM is evaluated on BTCV, AMOS and FLARE22, reaching Dice scores of 86.1%, 88.7% and 90.3%, respectively. SAM obtains 71.2%, 74.0% and 76.8% on the same three datasets.',
    present: ['MedSAM -> BTCV Dice score 86.1', 'MedSAM -> AMOS Dice score 88.7', 'MedSAM -> FLARE22 Dice score 90.3', 'SAM -> BTCV Dice score 71.2', 'SAM -> AMOS Dice score 74', 'SAM -> FLARE22 Dice score 76.8'],
    // SAM's bare numbers take the Dice score: the one metric the paper reports on those targets
    absent: ['MedSAM -> FLARE22 Dice score 86.1'],
  },
  {
    rule: 'slash table: "accuracy on A / B / C: X obtains a / b / c"',
    abstract: 'We report accuracy on MedQA / MedMCQA / PubMedQA: GPT-4o obtains 74.8 / 63.5 / 66.1, and Llama 3 8B obtains 69.0 / 59.7 / 61.4.',
    present: ['GPT-4o -> MedQA accuracy 74.8', 'GPT-4o -> MedMCQA accuracy 63.5', 'GPT-4o -> PubMedQA accuracy 66.1', 'Llama 3 8B -> MedQA accuracy 69', 'Llama 3 8B -> PubMedQA accuracy 61.4'],
    absent: [],
  },
  {
    rule: '"respectively" over a list of metrics for one pair',
    abstract: 'On MIMIC-CXR, R2Gen achieves BLEU-4, METEOR and ROUGE-L of 0.142, 0.171 and 0.309, respectively.',
    present: ['R2Gen -> MIMIC-CXR BLEU-4 0.142', 'R2Gen -> MIMIC-CXR METEOR 0.171', 'R2Gen -> MIMIC-CXR ROUGE-L 0.309'],
    absent: ['R2Gen -> MIMIC-CXR BLEU-4 0.309'],
  },
  {
    rule: 'bracketed numbers after a model follow the benchmarks of the sentence; a number names its own benchmark after it',
    abstract:
      'GPT-4o obtains 63.2% accuracy on MedQA and 71.5% on the clinical subsets of MMLU, outperforming Mistral 7B (52.8% and 64.0%).',
    present: ['GPT-4o -> MedQA accuracy 63.2', 'GPT-4o -> MMLU accuracy 71.5', 'Mistral 7B -> MedQA accuracy 52.8', 'Mistral 7B -> MMLU accuracy 64'],
    absent: ['GPT-4o -> MedQA accuracy 71.5'],
  },
  {
    rule: 'gapped list "X reached a (CI), Y b (CI) and Z c": point estimates only, never CI bounds or p-values',
    abstract:
      'On MedQA, GPT-4o reached an accuracy of 58.3% (95% CI 54.3-62.2), Gemini 1.5 Pro 52.7% (95% CI 48.6-56.7) and Claude 3.5 Sonnet 49.0%; the gap was significant (p = 0.012).',
    present: ['GPT-4o -> MedQA accuracy 58.3', 'Gemini 1.5 Pro -> MedQA accuracy 52.7', 'Claude 3.5 Sonnet -> MedQA accuracy 49'],
    absent: ['GPT-4o -> MedQA accuracy 54.3', 'Gemini 1.5 Pro -> MedQA accuracy 48.6', 'GPT-4o -> MedQA accuracy 0.012'],
  },
  {
    rule: '"from A for X to B for Y" gives each model its own number',
    abstract: 'On MedQA, the expected calibration error falls from 0.11 for Llama 3 8B to 0.04 for GPT-4o.',
    present: ['Llama 3 8B -> MedQA expected calibration error 0.11', 'GPT-4o -> MedQA expected calibration error 0.04'],
    absent: ['GPT-4o -> MedQA expected calibration error 0.11'],
  },
  {
    rule: '"For X, … increases accuracy from A to B": two settings of one model',
    abstract: 'For GPT-4o, self-consistency increases accuracy on MedQA from 54.6% to 58.0%.',
    present: ['GPT-4o -> MedQA accuracy 54.6', 'GPT-4o -> MedQA accuracy 58'],
    absent: [],
  },
  {
    rule: 'a margin gives the winner a value-less pair; "N points lower" is no score',
    abstract: 'GPT-4o outperforms Llama 3 8B by 3.1 points on MedQA. On PubMedQA, Mistral 7B and Llama 3 8B are 12.6 and 19.4 points lower than GPT-4o.',
    present: ['GPT-4o -> MedQA'],
    absent: ['Llama 3 8B -> MedQA', 'GPT-4o -> MedQA 3.1', 'Mistral 7B -> PubMedQA 12.6', 'Llama 3 8B -> PubMedQA 19.4'],
  },
  {
    rule: 'a model that took a number named after it does not own the next one',
    abstract: 'GPT-4o reaches 0.812 on MedQA, compared with 0.742 for Llama 3 8B and 0.779 for Mistral 7B, and 0.734 on PubMedQA.',
    present: ['GPT-4o -> MedQA 0.812', 'Llama 3 8B -> MedQA 0.742', 'Mistral 7B -> MedQA 0.779', 'GPT-4o -> PubMedQA 0.734'],
    absent: ['Mistral 7B -> PubMedQA 0.734'],
  },
  {
    rule: 'a component of the scored system keeps no pair ("with X as the planner")',
    abstract: 'With GPT-4o as the planner, MedAgents reaches 62.7% on MedQA and 58.1% on MedMCQA.',
    present: ['MedAgents -> MedQA 62.7', 'MedAgents -> MedMCQA 58.1'],
    absent: ['GPT-4o -> MedQA', 'GPT-4o -> MedMCQA'],
  },
  {
    rule: '"It …" continues the previous sentence\'s model; a range is no value',
    abstract:
      'We fine-tune BioMistral on clinical notes. It reaches 81.4% accuracy on PubMedQA, and across hospitals its accuracy ranges from 0.71 to 0.83.',
    present: ['BioMistral -> PubMedQA accuracy 81.4'],
    absent: ['BioMistral -> PubMedQA accuracy 0.71', 'BioMistral -> PubMedQA accuracy 0.83'],
  },
  {
    rule: 'a number for an unnamed system ("for an LSTM baseline") is nobody\'s',
    abstract: 'On MedQA, GPT-4o reaches 18.4, compared with 21.0 for Llama 3 8B and 23.7 for an ensemble baseline.',
    present: ['GPT-4o -> MedQA 18.4', 'Llama 3 8B -> MedQA 21'],
    absent: ['Llama 3 8B -> MedQA 23.7', 'GPT-4o -> MedQA 23.7'],
  },
  {
    rule: 'a benchmark naming whose measure it is ("its MedQA accuracy") is no subject; "X raises its accuracy from A to B" is two settings of X',
    abstract:
      'GPT-4o obtains 63.2% accuracy on MedQA. Zero-shot, its MedQA accuracy drops to 58.9%. Plugging MedCPT into a retrieval-augmented Llama 3 8B raises its accuracy on PubMedQA from 52.0% to 63.5%.',
    present: ['GPT-4o -> MedQA accuracy 58.9', 'Llama 3 8B -> PubMedQA accuracy 52', 'Llama 3 8B -> PubMedQA accuracy 63.5'],
    absent: ['MedCPT -> PubMedQA accuracy 52'],
  },
  {
    rule: 'a margin names its benchmark after a few words; "baseline on X" is not source data',
    abstract: 'GPT-4o improves AUROC by 4.2 points over a gradient-boosted baseline on MIMIC-IV and by 3.1 points on eICU.',
    present: ['GPT-4o -> MIMIC-IV AUROC', 'GPT-4o -> eICU AUROC'],
    absent: ['GPT-4o -> MIMIC-IV AUROC 4.2'],
  },
  {
    rule: 'a benchmark named as an example in passing is not evaluated on; an improvement claim still is',
    abstract:
      'Models such as GPT-4o and Llama 3 8B change often, and performance on benchmarks such as MedQA says little about later versions. On benchmarks including PubMedQA, GPT-4o improves over Llama 3 8B by a wide margin.',
    present: ['GPT-4o -> PubMedQA'],
    absent: ['GPT-4o -> MedQA', 'Llama 3 8B -> MedQA'],
  },
  {
    rule: 'a score in points is a score; points higher or lower, and within N points, are margins',
    abstract: 'On MedQA, GPT-4o reaches 72.1 points, Llama 3 8B and Mistral 7B are 12.6 and 19.4 points lower, and Gemma 2 9B stays within 0.4 points of Llama 3 8B.',
    present: ['GPT-4o -> MedQA 72.1'],
    absent: ['Llama 3 8B -> MedQA 12.6', 'Mistral 7B -> MedQA 19.4', 'Gemma 2 9B -> MedQA 0.4', 'Llama 3 8B -> MedQA 0.4'],
  },
  {
    rule: 'the benchmark in brackets after each number; a benchmark just before a number beats a far one after it',
    abstract:
      'GPT-4o achieves accuracies of 81.2% (MedQA), 70.5% (MedMCQA) and 77.9% (PubMedQA). Llama 3 8B trails on MedQA at 72.0% but matches GPT-4o on PubMedQA with 77.0%.',
    // "accuracies of" names the measure (plural metric), so GPT-4o's three scores carry it
    present: ['GPT-4o -> MedQA accuracy 81.2', 'GPT-4o -> MedMCQA accuracy 70.5', 'GPT-4o -> PubMedQA accuracy 77.9', 'Llama 3 8B -> MedQA accuracy 72', 'Llama 3 8B -> PubMedQA accuracy 77'],
    absent: ['Llama 3 8B -> PubMedQA 72'],
  },
  {
    rule: '"on the same two sets" follows the order of the sentence that named them; "for a Cox model" owns its numbers',
    abstract:
      'GPT-4o reaches an AUC of 0.912 on CheXpert and 0.894 on MIMIC-CXR. Llama 3 8B fine-tuned on MIMIC-CXR reaches 0.861 and 0.832 on the same two sets, compared with 0.80 and 0.79 for a logistic regression model.',
    present: ['Llama 3 8B -> CheXpert AUC 0.861', 'Llama 3 8B -> MIMIC-CXR AUC 0.832'],
    absent: ['Llama 3 8B -> CheXpert 0.832', 'Llama 3 8B -> CheXpert 0.8', 'GPT-4o -> CheXpert 0.8'],
  },
  {
    rule: 'a sentence naming no model ("On X, the AUC was …") reports on the previous sentence\'s model',
    abstract: 'We fine-tune BioMistral on discharge notes and test it on two cohorts. On PubMedQA, the macro accuracy was 0.812.',
    present: ['BioMistral -> PubMedQA macro accuracy 0.812'],
    absent: [],
  },
  {
    rule: 'a spread after a score ("0.874 ± 0.012") is not a score, and the benchmark after the spread still counts',
    abstract: 'MedSAM reaches a Dice of 0.874 ± 0.012 on BTCV and a Dice of 0.811 ± 0.020 on AMOS.',
    present: ['MedSAM -> BTCV Dice 0.874', 'MedSAM -> AMOS Dice 0.811'],
    absent: ['MedSAM -> BTCV 0.012', 'MedSAM -> AMOS 0.02', 'MedSAM -> BTCV Dice 0.811'],
  },
  {
    rule: 'models listed after "comparing with" or as backbones get no pair without a score of their own',
    abstract:
      'We evaluate MedSAM on BTCV and AMOS, comparing with nnU-Net, SwinUNETR and TransUNet. Across backbones including GPT-4o and Llama 3 8B, our agent improves accuracy on MedQA.',
    present: ['MedSAM -> BTCV', 'MedSAM -> AMOS'],
    absent: ['nnU-Net -> BTCV', 'SwinUNETR -> AMOS', 'TransUNet -> BTCV', 'GPT-4o -> MedQA', 'Llama 3 8B -> MedQA'],
  },
  {
    rule: "a compared score without a metric takes the metric of the sentence's own result on the same scale",
    abstract: 'On MIMIC-IV, BioMistral reaches an AUROC of 0.912 (vs. 0.884 for Llama 3 8B), and on MedQA it attains 71.3% accuracy, ahead of GPT-4o (69.0%).',
    present: ['BioMistral -> MIMIC-IV AUROC 0.912', 'Llama 3 8B -> MIMIC-IV AUROC 0.884', 'GPT-4o -> MedQA accuracy 69'],
    absent: ['Llama 3 8B -> MIMIC-IV accuracy 0.884'],
  },
  {
    rule: "a model's number that a baseline's slash row repeats by chance is kept",
    abstract: 'On MIMIC-CXR, R2Gen obtains a BLEU-4 of 0.153, a ROUGE-L of 0.321 and a METEOR of 0.297, ahead of CheXagent (0.134 / 0.297 / 0.262).',
    present: ['R2Gen -> MIMIC-CXR METEOR 0.297', 'CheXagent -> MIMIC-CXR ROUGE-L 0.297', 'CheXagent -> MIMIC-CXR METEOR 0.262'],
    absent: [],
  },
  {
    rule: 'the bounds of "between 81% and 85%" are not scores',
    abstract: 'On BTCV, MedSAM reaches a Dice of 84.2% and stays between 81% and 85% when the prompt is jittered.',
    present: ['MedSAM -> BTCV Dice 84.2'],
    absent: ['MedSAM -> BTCV Dice 81', 'MedSAM -> BTCV Dice 85'],
  },
  {
    rule: '"drops from 61.5% in English to 29.8% in Swahili": a setting between the two numbers of a change',
    abstract: 'We present Kardiorex, 1,200 exam questions in nine languages. GPT-4o reaches 86.1% accuracy on Kardiorex, whereas Llama 3 8B drops from 61.5% in English to 29.8% in Swahili.',
    present: ['GPT-4o -> Kardiorex accuracy 86.1', 'Llama 3 8B -> Kardiorex accuracy 29.8'],
    absent: ['GPT-4o -> Kardiorex accuracy 29.8'],
  },
  {
    rule: 'a pair stated without a number takes the only measure the paper names',
    abstract: 'We evaluate MedSAM on BTCV and AMOS. On BTCV it reaches a Dice of 0.861.',
    present: ['MedSAM -> BTCV Dice 0.861', 'MedSAM -> AMOS Dice'],
    absent: [],
  },
  {
    rule: 'with two measures named, a pair stated without a number keeps no metric',
    abstract: 'We evaluate MedSAM on BTCV and AMOS. On BTCV it reaches a Dice of 0.861 and an HD95 of 4.2.',
    present: ['MedSAM -> BTCV Dice 0.861', 'MedSAM -> AMOS'],
    absent: ['MedSAM -> AMOS Dice', 'MedSAM -> AMOS HD95'],
  },
  {
    rule: '"falls from 9.8 mm with X to 7.3 mm with Y": each number goes to the model named with it',
    abstract: 'On AMOS, MedSAM reaches a Dice of 0.861, and the HD95 falls from 9.8 mm with nnU-Net to 7.3 mm with MedSAM.',
    present: ['MedSAM -> AMOS Dice 0.861', 'nnU-Net -> AMOS 9.8', 'MedSAM -> AMOS 7.3'],
    absent: ['MedSAM -> AMOS 9.8', 'nnU-Net -> AMOS 7.3'],
  },
  {
    rule: '"Averaged over the tasks, X …" keeps X the subject; a model "narrowly ahead of" is beaten and keeps only its own bracketed score',
    abstract:
      'We assemble Kardiorex, an evaluation suite of fourteen tasks. Averaged over the classification tasks, UNI achieves the highest balanced accuracy (0.812), narrowly ahead of CONCH (0.806), whereas the ResNet-50 baseline trails at 0.701.',
    present: ['UNI -> Kardiorex balanced accuracy 0.812', 'CONCH -> Kardiorex balanced accuracy 0.806', 'ResNet-50 -> Kardiorex balanced accuracy 0.701'],
    absent: ['CONCH -> Kardiorex balanced accuracy 0.812', 'ResNet-50 -> Kardiorex balanced accuracy 0.812'],
  },
  {
    rule: 'a pair stated without a number takes the one metric its sentence names',
    abstract: 'We evaluate MedSAM on BTCV and AMOS using the Dice score, where it improves over nnU-Net.',
    present: ['MedSAM -> BTCV Dice score', 'MedSAM -> AMOS Dice score'],
    absent: ['nnU-Net -> BTCV'],
  },
];

function evaluatedOn(abstract: string): string[] {
  const extraction = extractPaper(paperOf('Results in prose', abstract));
  return extraction.relations
    .filter((r) => r.type === 'EVALUATED_ON')
    .map((r) => [`${r.source} -> ${r.target}`, r.metric, r.value].filter((x) => x !== null).join(' '));
}

describe('results written as tables in prose', () => {
  it.each(CASES)('$rule', ({ abstract, present, absent }) => {
    const found = evaluatedOn(abstract);
    for (const fact of present) expect(found, found.join('\n')).toContain(fact);
    for (const fact of absent) {
      // a fact with a number must not occur with that number; a bare pair must not occur at all
      const hit = /\d$/.test(fact) ? found.includes(fact) : found.some((f) => f === fact || f.startsWith(`${fact} `));
      expect(hit, `${fact}\n${found.join('\n')}`).toBe(false);
    }
  });
});
