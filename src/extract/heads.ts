// Head nouns: the descriptor word next to a name says what it is ("MedHal, a novel dataset",
// "a Chinese medical dataset called DoctorFLAN", "the LongHealth benchmark").
import type { EntityType } from '../schema/index.ts';

export type HeadKind = EntityType | 'Skip';

const HEADS: [RegExp, HeadKind][] = [
  [/^(?:benchmark|benchmarks|challenge|challenges|testbed|suite|leaderboard|exam|exams|test)$/i, 'Benchmark'],
  [/^(?:dataset|datasets|corpus|corpora|database|databases|collection|data|archive|atlas|set|sets|instructions|subset|subsets|cohort|cohorts)$/i, 'Dataset'],
  [
    /^(?:model|models|framework|frameworks|method|methods|system|systems|approach|architecture|network|networks|agent|agents|assistant|toolbox|toolkit|platform|pipeline|algorithm|encoder|decoder|llm|llms|mllm|vlm|lvlm|slm|slms|family|orchestrator|module|technique|tool|codebase|chatbot|engine|generator|classifier|transformer|baseline|baselines|backbone|series|variant|variants|retriever|retrievers|reranker|ranker|grader|segmenter|detector|predictor|planner|tagger|product|products|device|software|solution|app|checkpoint|checkpoints|verifier|judge|scorer|critic)$/i,
    'Model',
  ],
  [/^(?:metric|metrics|measure)$/i, 'Metric'],
  [
    /^(?:task|tasks|problem|loss|protocol|checklist|guideline|guidelines|strategy|mechanism|concept|format|criteria|workflow|study|survey|review|analysis|attack|attacks|paradigm|library|language|prompt|prompts|token|layer|block|function|objective|reward|taxonomy|schema|graph|representation|initiative|project|track|conference|program|journal|score|scale|standard|terminology|ontology|vocabulary|process|procedure|recipe|question|questions|track)$/i,
    'Skip',
  ],
];

export function headKind(word: string): HeadKind | null {
  for (const [pattern, kind] of HEADS) if (pattern.test(word)) return kind;
  return null;
}

const WORD = /[A-Za-z][A-Za-z-]*/g;
const STOP_AFTER = /^(?:that|which|who|to|is|are|was|were|with|for|from|on|in|by|using|based|of|we|our|it|can|will|has|have|and|or)$/i;

/** Words naming a group whose members' head noun is the real type ("a collection of models"). */
const CONTAINER = /^(?:collection|suite|set|family|series|library|group)$/i;

function memberKind(words: string[], from: number): EntityType | null {
  for (let k = from; k < Math.min(words.length, from + 5); k++) {
    const kind = kindOf(words[k]!, words[k - 1]);
    if (kind && kind !== 'Skip') return kind;
    if (STOP_AFTER.test(words[k]!)) return null;
  }
  return null;
}

const MODIFIER_HEADS = /^(?:data|dataset|benchmark|corpus|model|models|test|system|network|set|collection|language|cohort)$/i;

function kindOf(word: string, previous?: string): HeadKind | null {
  // a named knowledge graph is a data resource
  if (previous !== undefined && (word === 'graph' || word === 'Graph' || word === 'graphs' || word === 'Graphs') && /^knowledge$/i.test(previous)) return 'Dataset';
  const kind = headKind(word.split('-').pop() ?? word);
  // "large-scale", "multi-task", "real-world": a hyphenated adjective is not a skip-word head
  return kind === 'Skip' && word.includes('-') ? null : kind;
}

/** Head nouns right after a name (", a novel large-scale dataset", " benchmark dataset"), skipping
 * articles and adjectives; "X benchmark and dataset" gives both. Stops at function words. */
export function firstHeads(text: string, maxWords = 9): HeadKind[] {
  const words = [...text.matchAll(WORD)].map((m) => m[0]).slice(0, maxWords);
  const kinds: HeadKind[] = [];
  // a head read as a modifier ("dataset capable of …") still counts when no later head follows
  let modifier: HeadKind | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const kind = kindOf(word, words[i - 1]);
    const next = words[i + 1];
    // "Data Generation", "model merging": an ambiguous head used as a modifier of the next noun
    const modifierable = kind && (MODIFIER_HEADS.test(word) || kind === 'Skip' || word.includes('-'));
    const nextKind = next ? kindOf(next, word) : null;
    // "a channel-set transformer": a hyphenated compound before another head noun only modifies it
    if (kind && word.includes('-') && nextKind && nextKind !== 'Skip') continue;
    if (modifierable && next && (nextKind === null || nextKind === 'Skip') && !STOP_AFTER.test(next) && (!/(?:ing|ed)$/.test(next) || /^answering$/i.test(next) || (kind !== 'Skip' && /^[A-Z]/.test(next)))) {
      if (kind !== 'Skip') modifier = kind;
      continue;
    }
    if (kind) {
      // "a collection of 3B-parameter SLMs", "a suite of baselines": the members say what it is
      if (CONTAINER.test(word) && next && /^of$/i.test(next)) {
        const member = memberKind(words, i + 2);
        if (member) return [member];
      }
      kinds.push(kind);
      if (next && kindOf(next)) continue;
      if (next && /^(?:and|&)$/i.test(next) && words[i + 2] && kindOf(words[i + 2]!)) {
        i++;
        continue;
      }
      return kinds;
    }
    if (STOP_AFTER.test(word)) break;
  }
  return kinds.length || !modifier ? kinds : [modifier];
}

/** Head nouns closing a window before a name ("a new benchmark and dataset, X", "a segmentation
 * model driven by text prompts, termed X"): the nearest real head wins over skip-words. */
export function headsBefore(text: string, maxWords = 10): HeadKind[] {
  const words = [...text.matchAll(WORD)].map((m) => m[0]).slice(-maxWords);
  const kinds: HeadKind[] = [];
  let sawSkip = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    const kind = kindOf(word, words[i - 1]);
    if (kind === 'Skip') {
      if (kinds.length) break;
      sawSkip = true;
      continue;
    }
    if (kind) {
      kinds.push(kind);
      if (i > 0 && kindOf(words[i - 1]!) && kindOf(words[i - 1]!) !== 'Skip') continue;
      if (i > 1 && /^(?:and|&)$/i.test(words[i - 1]!) && kindOf(words[i - 2]!)) {
        i--;
        continue;
      }
      break;
    }
    if (kinds.length === 0 && /^(?:called|named|termed|dubbed|coined|as|namely|by|driven|with|for|of)$/i.test(word)) continue;
    if (/^(?:that|which|who|is|are|was|were|we|our|to|using|on|from|a|an|the)$/i.test(word)) break;
  }
  return kinds.length ? kinds : sawSkip ? ['Skip'] : [];
}

/** Any real head noun in a title remainder ("… Diagnosis Benchmark for Panoramic X-rays"). */
export function anyHead(text: string): EntityType | null {
  for (const m of text.matchAll(WORD)) {
    const kind = kindOf(m[0]);
    if (kind && kind !== 'Skip' && !/^(?:llms?|mllms?|vlms?|lvlms?|models?)$/i.test(m[0])) return kind;
  }
  return null;
}

/** A name whose own last word is a head noun says what it is ("… Diagnosis Dataset", "CMIRB Benchmark"). */
export function ownHead(name: string): EntityType | null {
  const last = name.trim().split(/\s+/).pop() ?? '';
  if (!/\s/.test(name.trim())) return null;
  const kind = headKind(last);
  return kind && kind !== 'Skip' && kind !== 'Metric' ? kind : null;
}

/** Head kinds as entity types; `skip` when only skip-words (task, loss, …) were found. */
export function typeFromHeads(kinds: HeadKind[]): { types: EntityType[]; skip: boolean } {
  if (kinds.includes('Skip') && !kinds.some((k) => k !== 'Skip')) return { types: [], skip: true };
  return { types: kinds.filter((k): k is EntityType => k !== 'Skip'), skip: false };
}

const IS_A = /^\s+(?:\([^)]*\)\s+)?(?:is|was)\s+(?:a|an)\s+/;

/** Types from a definition right after a name ("… is a new benchmark for …"), or none. */
export function definedAs(after: string): EntityType[] {
  const def = IS_A.exec(after);
  if (!def) return [];
  const { types, skip } = typeFromHeads(firstHeads(after.slice(def[0].length), 8));
  return skip ? [] : types;
}
