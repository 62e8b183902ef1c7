// Context typing for coined words the lexicon lacks: does the word look coined enough to stand
// without a cue, and what do the words right before it say it is ("evaluated on X" → Benchmark,
// "trained on X" → Dataset, "0.742 for X" / "models such as X" → Model, "the baseline X" → its head)?
import type { EntityType } from '../schema/index.ts';
import { headKind } from './heads.ts';
import { isGeneric } from './shapes.ts';

/** Stricter shape test for a coined word with no supporting context: starts upper-case, not a
 * plural acronym, not a sentence-joining glitch ("conditions.To"), not Capitalised English parts. */
export function looksCoined(word: string): boolean {
  if (!/^[A-Z]/.test(word) || /[a-z]\.[A-Z]/.test(word) || /^[A-Z]{2,}s$/.test(word)) return false;
  if (/^[A-Z]{2}[a-z]+(?:-[a-z]+)*$/.test(word)) return false;
  // a citation key ("Wei2022ChainOT") is not a name
  if (/^[A-Z][a-z]+(?:19|20)\d\d[A-Z]/.test(word)) return false;
  const parts = word.split('-');
  if (parts.length > 1 && parts.every((p) => /^[A-Z]?[a-z]+$/.test(p) || isGeneric(p))) return false;
  return true;
}

/** Earlier items of a list ("A, B and ") before a name, so "on A, B and C" reads as "on C". */
const LIST_ITEMS = /(?:[A-Za-z0-9][\w.+/-]*(?:\s[\w.+-]{1,8})?(?:\s*\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))*$/;
const EVAL_BEFORE = /\b(?:(?:evaluated|tested|benchmarked|validated|assessed|results?|performance|accuracy|scores?|achiev\w+|reach\w*|attain\w*|obtain\w*|outperform\w*|surpass\w*|sota|state-of-the-art|experiments?)\b(?:[^.;]|\.\d){0,60}?\b(?:on|across|in)|(?:on|across)\s+(?:the\s+)?(?:(?:public|benchmark|several|multiple|various|\w+)\s+){0,2}(?:benchmarks?|datasets?|tasks?|cohorts?|collections?|test\s+sets?)(?:\s*(?:,|:|\(|including|such\s+as|like|namely))?)\s+(?:the\s+)?$/i;
const TRAIN_BEFORE = /\b(?:train(?:s|ed|ing)?|pre-?train(?:s|ed|ing)?|(?:fine-?)?tun(?:e|es|ed|ing)|curated|collected|derived|sourced|built|constructed)\s+(?:\w+\s+){0,3}?(?:on|from|using|with)\s+(?:the\s+)?$/i;
/** "0.742 for PraNet", "21.0 mg/dL for Gluformer": a score given for a name makes it a model. */
const SCORE_FOR = /\d(?:\.\d+)?\s*(?:%|\\%)?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+)?for\s+(?:the\s+)?$/;
/** "the retrieval baseline CodeRank-ICD", "a distilled variant, EHRCompass-Mini": a head noun right before. */
const HEAD_RIGHT_BEFORE = /\b(?:(baseline|model|detector|classifier|segmenter|network|architecture|encoder|variant|simulator|system|agent|tool|method|approach|algorithm)\s*,?|(dataset|corpus|benchmark|set|collection|cohort|database|suite)\s*,?)\s+$/i;
/** "an encoder derived from X", "DrBode models, derived from X", "a pipeline built on X": what a
 * model or tool is derived from or built on is itself a model. */
const MODEL_DERIVED = /\b(?:models?|encoders?|decoders?|LLMs?|networks?|backbones?|variants?|versions?|pipelines?|frameworks?|systems?|tools?|checkpoints?)\s*,?\s+(?:(?:is|are|was|were|which\s+(?:is|are))\s+)?(?:\w+\s+)?(?:derived|built|initiali[sz]ed|distilled|adapted)\s+(?:\w+\s+)?(?:from|on|upon)\s+(?:the\s+)?$/i;
/** "pretraining experiments with X", "ablation runs using X": what experiments are run with is a model. */
const EXPERIMENTS_WITH = /\b(?:experiments?|runs?|ablations?)\s+(?:with|using)\s+(?:the\s+)?$/i;
const FRONTED_PHRASE = /(?:^|[.;:]\s*|\b)(?:on|in|across|for|with|from|using|over)\s+(?:the\s+|this\s+|that\s+|these\s+|each\s+)?(?:[\w-]+\s+){0,3}[\w-]+\s*,\s+$/i;
const ITEMS_DRAWN_FROM = /\b(?:questions|items|cases|vignettes|problems)\s+(?:were\s+|are\s+)?(?:drawn|taken|sampled|selected|collected)\s+from\s+(?:the\s+)?$/i;
const MODEL_BEFORE = /\b(?:models?|LLMs|MLLMs|VLMs|baselines?|backbones?)\s*(?:,\s*)?(?:such\s+as|including|like|e\.g\.,?|\()\s*$/i;

/** What the words before an unknown coined name say it is: "evaluated on X" → Benchmark, "trained
 * on X" → Dataset, "models such as X" → Model; list items in between are skipped. */
/** Cheap gates: every cue above ends in one of these words or marks (the regexes are end-anchored
 * and would otherwise be tried at every position of the window). */
const ENDS_LIKE_LIST = /(?:,|\band|\bor)\s+$/;
const ENDS_LIKE_CUE = /(?:\b(?:on|across|in|from|using|with|the|as|including|like|namely|benchmarks?|datasets?|tasks?)|e\.g\.,?|[,:(])\s*$/i;

export function contextType(before: string): EntityType | null {
  // ("F1 scores of 91-95% for Dosage, Mode …": a range given for categories names no model)
  if (/\bfor\s+(?:the\s+)?$/.test(before) && SCORE_FOR.test(before) && !/\d\s*[-–]\s*\d+(?:\.\d+)?\s*%?\s*for\s+(?:the\s+)?$/.test(before)) return 'Model';
  const head = HEAD_RIGHT_BEFORE.exec(before);
  // "On the ACI benchmark, X improves": a fronted phrase, not an appositive naming the set
  if (head && !(head[0].includes(',') && FRONTED_PHRASE.test(before))) {
    const kind = headKind(head[1] ?? head[2]!);
    return kind && kind !== 'Skip' ? kind : 'Model';
  }
  const trimmed = ENDS_LIKE_LIST.test(before) ? before.replace(LIST_ITEMS, '') : before;
  if (!ENDS_LIKE_CUE.test(trimmed)) return null;
  if (MODEL_BEFORE.test(trimmed)) return 'Model';
  // "Questions were drawn from HemeReview": the bank the test items come from
  if (ITEMS_DRAWN_FROM.test(trimmed)) return 'Benchmark';
  if (TRAIN_BEFORE.test(trimmed)) return MODEL_DERIVED.test(trimmed) || EXPERIMENTS_WITH.test(trimmed) ? 'Model' : 'Dataset';
  if (EVAL_BEFORE.test(trimmed)) return 'Benchmark';
  // a bare "on X" reports results on X, unless it is what something is based on
  if (/\b(?:on|across)\s+(?:the\s+)?$/.test(trimmed) && !/\b(?:based|built|relies|rely|relying|depends?|focus(?:es|ed)?|conditioned|trained|tuned|pretrained|run|runs|deployed|available|operates?|draws?|acts?)\s+(?:\w+\s+){0,2}?(?:on|across)\s+(?:the\s+)?$/i.test(trimmed)) return 'Benchmark';
  return null;
}

/** "X, 900 studies with …", "X, 2,300 dermoscopic images": a name glossed by a count of items. */
const COUNTED_ITEMS =
  /^\s*,\s+(?:(?:containing|comprising|with|holding)\s+)?(?:about\s+|over\s+|nearly\s+|some\s+|more\s+than\s+)?\d[\d,.]*\s*(?:[KkM]\s+|thousand\s+|million\s+)?(?:[\w-]+\s+){0,3}?(?:images|scans|studies|volumes|slides|radiographs|photographs|videos|recordings|questions|cases|vignettes|patients|stays|admissions|encounters|reports|notes|documents|dialogues|conversations|descriptions|pairs|samples|records|sentences|abstracts|articles|examples|items|subjects|participants|visits|exams|examinations|triplets|triples|tuples|sequences|segments|sections|passages|clips|frames|tiles|transcripts|utterances|prompts|instructions|annotations|masks|molecules|compounds|scenarios|tasks)\b/i;
/** A sentence that says what a collection is for: testing rather than training. */
const EVAL_PURPOSE =
  /\b(?:for\s+evaluation|to\s+(?:evaluate|probe|measure|assess|audit|compare|test|benchmark)|evaluat\w+\s+on|test(?:ed|ing)?\s+on|for\s+testing|held[- ]out|hold\s+out|only\s+for\s+test\w*|audit)\b/i;
const TRAIN_RIGHT_BEFORE = /\b(?:train\w*|pre-?train\w*|(?:fine-?)?tun\w*|learn\w*)\s+(?:\w+\s+){0,2}?(?:on|with|using|from)\s+(?:the\s+)?$/i;

/** A name glossed by a count of items is a data collection: a Benchmark when its sentence says it
 * is for testing (unless the name is what something is trained on), otherwise a Dataset. */
export function collectionType(before: string, after: string, sentence: string): EntityType | null {
  if (!COUNTED_ITEMS.test(after)) return null;
  if (TRAIN_RIGHT_BEFORE.test(before)) return 'Dataset';
  return EVAL_PURPOSE.test(sentence) ? 'Benchmark' : 'Dataset';
}
