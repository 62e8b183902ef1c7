// Held-out quality gates: the synthetic blind sets (tests/fixtures/heldout and heldout-2, invented
// names the lexicon does not hold) are extracted and scored with the eval module. Floors sit at the
// scores reached, rounded down to 0.05, so a regression on unseen names or unseen ways of reporting
// results fails here even while the dev gold (whose names are all in the lexicon) still passes.
// heldout-2 was written after heldout had been used for tuning, and measured blind first; heldout-3
// (10 papers) after heldout-2 had been used, as a quick check that the relation rules carry over;
// heldout-4 (12 papers) before the typing rules for unseen names and plural/long metric names;
// heldout-5 and heldout-6 (15 realistic full-length abstracts each) by helpers who never ran the extractor;
// heldout-7 … heldout-23 (20 papers each) likewise, each measured blind before any rule was written from it
// (first scores in their READMEs), heldout-11 … heldout-44 mirroring the structure of random corpus papers.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreHeldout } from './heldout-score.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures');

const SETS = [
  {
    dir: 'heldout',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.85, valueRight: 0.95, metricRight: 0.9 },
  },
  {
    dir: 'heldout-2',
    // valueRight 0.949 (129/136) since the typing rules find seven more pairs (was 124/129)
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.9, introducesF1: 0.75, valueRight: 0.9, metricRight: 0.9 },
  },
  {
    dir: 'heldout-3',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.9, valueRight: 0.9, metricRight: 0.75 },
  },
  {
    // written and committed before the extractor ran on it; stresses typing of unseen names (evaluation
    // sets not called a benchmark, training data, models named like datasets) and plural/long metrics
    dir: 'heldout-4',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.95, introducesF1: 0.8, valueRight: 0.85, metricRight: 0.85 },
  },
  {
    // full-length realistic abstracts, written blind (first score: EVALUATED_ON 0.734, value 0.836), then tuned on
    dir: 'heldout-5',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 0.9, metricRight: 0.9 },
  },
  {
    // many-model evaluations, written blind; scored again after the heldout-5 work (EVALUATED_ON 0.757), then tuned on.
    // valueRight 0.885 (77/87): the roster rule finds two more valued pairs without their values (was 77/85)
    dir: 'heldout-6',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 0.85, metricRight: 0.8 },
  },
  {
    // Daily-Papers-style abstracts across subfields (blind EVALUATED_ON 0.853)
    dir: 'heldout-7',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.9, introducesF1: 0.95, valueRight: 0.95, metricRight: 0.95 },
  },
  {
    // another hand: benchmark, method, clinical and data papers (blind EVALUATED_ON 0.735)
    dir: 'heldout-8',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 0.9, metricRight: 0.95 },
  },
  {
    // multilingual benchmarks, slash and "respectively" tables, unusual name shapes (blind EVALUATED_ON 0.817)
    dir: 'heldout-9',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 0.85, metricRight: 0.8 }, // value 0.9 → 0.85: two newly found pairs (LambdaMed-VL on PathVQA, Mingyi-14B on CMB-Clin) have gold values the slash and win-rate phrasings don't give
  },
  {
    // clinical validation and MICCAI-style reporting: CIs, per-structure Dice, products (blind EVALUATED_ON 0.773)
    dir: 'heldout-10',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 0.8, metricRight: 0.8 },
  },
  {
    // corpus-shaped, few numbers (blind EVALUATED_ON 0.923)
    dir: 'heldout-11',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 0.9, metricRight: 0.95 },
  },
  {
    // corpus-shaped, very few numbers (blind EVALUATED_ON 0.830)
    dir: 'heldout-12',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.95, introducesF1: 0.9, valueRight: 0.95, metricRight: 0.95 },
  },
  {
    // corpus-shaped (blind EVALUATED_ON 0.766)
    dir: 'heldout-13',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.95, introducesF1: 0.9, valueRight: 0.9, metricRight: 0.9 },
  },
  {
    // corpus-shaped, data sets often named only generically (blind EVALUATED_ON 0.611 on 21 pairs)
    dir: 'heldout-14',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.9, valueRight: 0.9, metricRight: 0.9 },
  },
  // heldout-15 … heldout-17: corpus-shaped, measured blind at the end of the session (one later change
  // came from their errors: standard deviations, macro-AUC); value and metric shares rest on 3 to 12 pairs
  {
    dir: 'heldout-15',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.8, introducesF1: 0.85, valueRight: 0.4, metricRight: 0.8 },
  },
  {
    dir: 'heldout-16',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.9, valueRight: 0.9, metricRight: 0.95 },
  },
  {
    dir: 'heldout-17',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.9, introducesF1: 0.85, valueRight: 0.65, metricRight: 0.55 },
  },
  // heldout-18 … heldout-20: corpus-shaped, the last blind sets of the session (first scores 0.500, 0.821
  // and 0.632 EVALUATED_ON F1), then tuned on; heldout-18 has 6 metrics and one valued pair
  {
    dir: 'heldout-18',
    floors: { entityMicroF1: 0.9, typeF1: 0.65, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 0.65, metricRight: 0.95 },
  },
  {
    dir: 'heldout-19',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 0.85, metricRight: 0.85 },
  },
  {
    dir: 'heldout-20',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.75, introducesF1: 0.95, valueRight: 0.95, metricRight: 0.95 },
  },
  // heldout-21 … heldout-23: corpus-shaped, scored blind on the final rules and not tuned on
  {
    dir: 'heldout-21',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.7, introducesF1: 0.95, valueRight: 0.9, metricRight: 0.95 },
  },
  {
    dir: 'heldout-22',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.9, valueRight: 0.8, metricRight: 0.95 },
  },
  {
    dir: 'heldout-23',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.55, introducesF1: 0.9, valueRight: 0.7, metricRight: 0.9 },
  },
  // heldout-24 … heldout-122: corpus-shaped, each measured blind in batches (24-28, 29-32, 33-36, 37-44, 45-50, 51-56, 57-62, 63-68, 69-74, 75-80, 81-86, 87-92, 93-98, 99-104, 105-110, 111-116, 117-122)
  // before the rules written from it; floors at today's scores, rounded down to 0.05
  {
    dir: 'heldout-24',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.95, introducesF1: 0.85, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-25',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 0.8, metricRight: 0.9 },
  },
  {
    dir: 'heldout-26',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.9, introducesF1: 0.85, valueRight: 0.9, metricRight: 0.9 },
  },
  {
    dir: 'heldout-27',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.9, introducesF1: 0.85, valueRight: 1, metricRight: 0.85 },
  },
  {
    dir: 'heldout-28',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.95, introducesF1: 0.8, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-29',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.95, introducesF1: 0.9, valueRight: 1, metricRight: 0.75 },
  },
  {
    dir: 'heldout-30',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.9, introducesF1: 0.95, valueRight: 1, metricRight: 0.7 },
  },
  {
    dir: 'heldout-31',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-32',
    floors: { entityMicroF1: 0.95, typeF1: 0.8, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-33',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-34',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.85, valueRight: 0.85, metricRight: 1 },
  },
  {
    dir: 'heldout-35',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.85, valueRight: 0.85, metricRight: 1 },
  },
  {
    dir: 'heldout-36',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-37',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-38',
    floors: { entityMicroF1: 0.95, typeF1: 0.8, evaluatedOnF1: 0.6, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-39',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-40',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.85, introducesF1: 0.8, valueRight: 1, metricRight: 0.8 },
  },
  {
    dir: 'heldout-41',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.95, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-42',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 0.75, metricRight: 0.85 },
  },
  {
    dir: 'heldout-43',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.6, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-44',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.7, introducesF1: 0.9, valueRight: 0.65, metricRight: 0.7 },
  },
  {
    dir: 'heldout-45',
    floors: { entityMicroF1: 0.95, typeF1: 0.7, evaluatedOnF1: 0.85, introducesF1: 0.85, valueRight: 0.5, metricRight: 1 },
  },
  {
    dir: 'heldout-46',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.7, introducesF1: 0.85, valueRight: 0.7, metricRight: 1 },
  },
  {
    dir: 'heldout-47',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.75, introducesF1: 0.95, valueRight: 0.7, metricRight: 1 },
  },
  {
    dir: 'heldout-48',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.7, introducesF1: 0.9, valueRight: 0.85, metricRight: 0.75 },
  },
  {
    dir: 'heldout-49',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.95, valueRight: 0.7, metricRight: 1 },
  },
  {
    dir: 'heldout-50',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.7, introducesF1: 0.85, valueRight: 0.8, metricRight: 0.55 },
  },
  {
    dir: 'heldout-51',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.8, valueRight: 0.7, metricRight: 0.65 },
  },
  {
    dir: 'heldout-52',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.8, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-53',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-54',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.85, introducesF1: 0.85, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-55',
    floors: { entityMicroF1: 0.95, typeF1: 0.8, evaluatedOnF1: 0.65, introducesF1: 0.95, valueRight: 0.5, metricRight: 1 },
  },
  {
    dir: 'heldout-56',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.9, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-57',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.65, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-58',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.45, introducesF1: 0.85, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-59',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-60',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 0.85, metricRight: 1 },
  },
  {
    dir: 'heldout-61',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.75, valueRight: 0.8, metricRight: 0.85 },
  },
  {
    dir: 'heldout-62',
    floors: { entityMicroF1: 0.95, typeF1: 0.8, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-63',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.7, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-64',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 0.6, metricRight: 1 },
  },
  {
    dir: 'heldout-65',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 0.65, metricRight: 1 },
  },
  {
    dir: 'heldout-66',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-67',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-68',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-69',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.7, introducesF1: 0.9, valueRight: 0.8, metricRight: 1 },
  },
  {
    dir: 'heldout-70',
    floors: { entityMicroF1: 0.95, typeF1: 0.8, evaluatedOnF1: 0.9, introducesF1: 1, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-71',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.7, introducesF1: 0.95, valueRight: 0.85, metricRight: 0.75 },
  },
  {
    dir: 'heldout-72',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-73',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-74',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 0.85, metricRight: 1 },
  },
  {
    dir: 'heldout-75',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 0.85, metricRight: 0.85 },
  },
  {
    dir: 'heldout-76',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.9, introducesF1: 0.95, valueRight: 1, metricRight: 0.85 },
  },
  {
    dir: 'heldout-77',
    floors: { entityMicroF1: 0.95, typeF1: 0.75, evaluatedOnF1: 0.7, introducesF1: 0.9, valueRight: 0.85, metricRight: 0.85 },
  },
  {
    dir: 'heldout-78',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.75, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-79',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 0.55, metricRight: 0.5 },
  },
  {
    dir: 'heldout-80',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.75, introducesF1: 0.95, valueRight: 0.8, metricRight: 0.95 },
  },
  {
    dir: 'heldout-81',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.9, introducesF1: 0.9, valueRight: 0.85, metricRight: 1 },
  },
  {
    dir: 'heldout-82',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.9, valueRight: 0.7, metricRight: 1 },
  },
  {
    dir: 'heldout-83',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.9, introducesF1: 0.95, valueRight: 0.7, metricRight: 0.9 },
  },
  {
    dir: 'heldout-84',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-85',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-86',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-87',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.65, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-88',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.65, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-89',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.75, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-90',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.6, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-91',
    floors: { entityMicroF1: 0.85, typeF1: 0.8, evaluatedOnF1: 0.85, introducesF1: 0.8, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-92',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.9, valueRight: 0.8, metricRight: 0.9 },
  },
  {
    dir: 'heldout-93',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.4, introducesF1: 0.9, valueRight: 0.6, metricRight: 0.8 }, // value 0.65 → 0.6, metric 1 → 0.8: newly found pairs (MUSIQ on SlideBlur-2K, PubMedBERT on VigilNotes-120K) carry gold values from 'respectively' with one named model, and an SRCC metric not in the lexicon
  },
  {
    dir: 'heldout-94',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-95',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-96',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 1, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-97',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-98',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.8, introducesF1: 0.85, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-99',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 1, metricRight: 0.9 },
  },
  {
    dir: 'heldout-100',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.85, introducesF1: 0.95, valueRight: 1, metricRight: 0.8 },
  },
  {
    dir: 'heldout-101',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-102',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.85, valueRight: 0.85, metricRight: 0.85 },
  },
  {
    dir: 'heldout-103',
    floors: { entityMicroF1: 0.95, typeF1: 0.75, evaluatedOnF1: 0.9, introducesF1: 0.95, valueRight: 0.9, metricRight: 0.65 },
  },
  {
    dir: 'heldout-104',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 0.85, metricRight: 1 },
  },
  {
    dir: 'heldout-105',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.7, introducesF1: 0.85, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-106',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 0.75, metricRight: 0.85 },
  },
  {
    dir: 'heldout-107',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.45, introducesF1: 0.85, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-108',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 1, metricRight: 0.9 },
  },
  {
    dir: 'heldout-109',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.7, introducesF1: 0.9, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-110',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.7, introducesF1: 0.9, valueRight: 0.65, metricRight: 1 },
  },
  {
    dir: 'heldout-111',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 0.85, metricRight: 0.9 },
  },
  {
    dir: 'heldout-112',
    floors: { entityMicroF1: 0.95, typeF1: 0.95, evaluatedOnF1: 0.9, introducesF1: 0.95, valueRight: 0.8, metricRight: 0.8 },
  },
  {
    dir: 'heldout-113',
    floors: { entityMicroF1: 0.9, typeF1: 0.75, evaluatedOnF1: 0.7, introducesF1: 0.85, valueRight: 0.75, metricRight: 0.8 },
  },
  {
    dir: 'heldout-114',
    floors: { entityMicroF1: 0.95, typeF1: 0.85, evaluatedOnF1: 0.6, introducesF1: 0.85, valueRight: 0.9, metricRight: 1 },
  },
  {
    dir: 'heldout-115',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.5, introducesF1: 0.8, valueRight: 0.9, metricRight: 0.8 },
  },
  {
    dir: 'heldout-116',
    floors: { entityMicroF1: 0.9, typeF1: 0.8, evaluatedOnF1: 0.85, introducesF1: 0.9, valueRight: 0.95, metricRight: 0.85 },
  },
  {
    dir: 'heldout-117',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-118',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.8, introducesF1: 0.9, valueRight: 0.95, metricRight: 1 },
  },
  {
    dir: 'heldout-119',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.7, introducesF1: 0.95, valueRight: 0.85, metricRight: 0.65 },
  },
  {
    dir: 'heldout-120',
    floors: { entityMicroF1: 0.9, typeF1: 0.9, evaluatedOnF1: 0.65, introducesF1: 0.9, valueRight: 1, metricRight: 1 },
  },
  {
    dir: 'heldout-121',
    floors: { entityMicroF1: 0.9, typeF1: 0.85, evaluatedOnF1: 0.65, introducesF1: 0.85, valueRight: 0.9, metricRight: 0.9 },
  },
  {
    dir: 'heldout-122',
    floors: { entityMicroF1: 0.95, typeF1: 0.9, evaluatedOnF1: 0.85, introducesF1: 0.75, valueRight: 0.9, metricRight: 0.9 },
  },
] as const;

describe('extraction quality on the synthetic held-out sets', () => {
  it.each(SETS)('$dir stays at or above the floors reached on unseen names', async ({ dir, floors }) => {
    const { report, summary, papers, gold } = await scoreHeldout(path.join(fixtures, dir));
    expect(papers).toBe(gold);
    expect(report.entities.micro.f1, summary).toBeGreaterThanOrEqual(floors.entityMicroF1);
    for (const type of ['Model', 'Dataset', 'Benchmark', 'Metric'] as const) {
      expect(report.entities.byType[type].f1, `${type}\n${summary}`).toBeGreaterThanOrEqual(floors.typeF1);
    }
    expect(report.evaluatedOn.f1, summary).toBeGreaterThanOrEqual(floors.evaluatedOnF1);
    expect(report.introduces.f1, summary).toBeGreaterThanOrEqual(floors.introducesF1);
    expect(report.valueRight.share, summary).toBeGreaterThanOrEqual(floors.valueRight);
    expect(report.metricRight.share, summary).toBeGreaterThanOrEqual(floors.metricRight);
  });
});
