// Anaphora: "The 7B model scores …", "the larger model yields …" (a paper naming sized variants such as
// Osprey-R1-7B and Osprey-R1-32B refers back to one by its size alone), "79.8% for the base model" (the
// one model the paper fine-tunes or builds on) and "evaluated on these benchmarks" (the sets the sentence
// before listed), and "All pairs are scored on …" / "These models are evaluated on …" / "Experiments use
// A and B" (the models the sentence before named). Such a phrase is read as a mention of what it points to, so the sentence's relations
// find their ends.
import type { ResolvedEntity } from './entities.ts';
import type { MentionRef } from './relations-eval.ts';
import type { Span } from './text.ts';

const SIZE_PHRASE = /\b[Tt]he\s+(?:(\d+(?:\.\d+)?)\s?([BM])|(larger|largest|bigger|biggest|smaller|smallest))\s+(?:model|variant|version|one)\b/g;
const SIZE_SUFFIX = /[-\s](\d+(?:\.\d+)?)([BM])$/;

function sizeOf(name: string): number | null {
  const m = SIZE_SUFFIX.exec(name);
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'B' ? 1000 : 1);
}

/** Mentions of sized model variants made by size alone, in text order. */
export function sizeAnaphora(text: string, from: number, entities: ResolvedEntity[]): MentionRef[] {
  if (!/\b[Tt]he\s+(?:\d|larg|bigg|small)/.test(text)) return [];
  const sized = entities.filter((e) => e.type === 'Model' && sizeOf(e.name) !== null);
  if (sized.length < 2) return [];
  // prefer the paper's own variants; else every sized model named
  const own = sized.filter((e) => e.introduced);
  const pool = own.length >= 2 ? own : sized;
  const out: MentionRef[] = [];
  for (const m of text.matchAll(SIZE_PHRASE)) {
    if (m.index < from) continue;
    let entity: ResolvedEntity | undefined;
    if (m[1]) {
      const size = Number(m[1]) * (m[2] === 'B' ? 1000 : 1);
      const hits = pool.filter((e) => sizeOf(e.name) === size);
      if (hits.length === 1) entity = hits[0];
    } else if (pool.length === 2 || own.length >= 2) {
      const bySize = [...pool].sort((a, b) => sizeOf(a.name)! - sizeOf(b.name)!);
      entity = /^(?:larg|bigg)/.test(m[3]!) ? bySize[bySize.length - 1] : bySize[0];
    }
    if (entity) out.push({ start: m.index, end: m.index + m[0].length, entity });
  }
  return out;
}

const BASE_PHRASE = /\b(?:the|its|their)\s+(?:base|backbone|starting|original|untuned|un-tuned)\s+(?:model|LLM|checkpoint)\b(?!['’]s)/g;
const BASE_SOURCE = /\b(?:fine-?tun(?:e|es|ed|ing)|instruction-tun(?:e|es|ed|ing)|starting\s+from|built\s+on|initiali[sz]ed\s+(?:from|with)|based\s+on|continu\w+\s+pre-?train\w*)\s+(?:the\s+|a\s+)?$/i;

/** Mentions of "the base model": the one model the paper says it fine-tunes or builds on. */
export function baseAnaphora(text: string, from: number, entities: ResolvedEntity[]): MentionRef[] {
  // cheap gate first: the phrase needs one of these words (a scan with the full alternation costs ~1%)
  if (!text.includes('base ') && !text.includes('backbone ') && !text.includes('starting ') && !text.includes('original ') && !text.includes('tuned ')) return [];
  if (!/\b(?:base|backbone|starting|original|untuned|un-tuned)\s+(?:model|LLM|checkpoint)/.test(text)) return [];
  const bases = new Set<ResolvedEntity>();
  for (const e of entities) {
    if (e.type !== 'Model') continue;
    if (e.mentions.some((m) => BASE_SOURCE.test(text.slice(Math.max(0, m.start - 40), m.start)))) bases.add(e);
  }
  if (bases.size !== 1) return [];
  const base = [...bases][0]!;
  return [...text.matchAll(BASE_PHRASE)].filter((m) => m.index >= from).map((m) => ({ start: m.index, end: m.index + m[0].length, entity: base }));
}

const SET_ANAPHOR = /\b(?:on|across)\s+(?:all\s+)?(?:these|those|both|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:benchmarks|datasets|data\s+sets|collections|test\s+sets)\b/gi;

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const TRAINED_ON_BEFORE = /\b(?:pre-?train\w*|train\w*|fine-?tun\w*)\s+(?:[\w-]+\s+){0,3}(?:on|with)\s+(?:the\s+)?$/i;

/** "Evaluated … on these benchmarks": the sets listed by the nearest earlier sentence naming two or more. */
export function setAnaphora(text: string, sentences: Span[], refsBySentence: Map<number, MentionRef[]>): { si: number; refs: MentionRef[] }[] {
  if (!/\b(?:these|those|both|the\s+same)\s/i.test(text)) return [];
  const out: { si: number; refs: MentionRef[] }[] = [];
  sentences.forEach((s, si) => {
    for (const m of text.slice(s.start, s.end).matchAll(SET_ANAPHOR)) {
      const count = COUNT[(/\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\s/i.exec(m[0])?.[1] ?? '').toLowerCase()] ?? Number(/\b(\d+)\s/.exec(m[0])?.[1] ?? NaN);
      let found = false;
      for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
        const named = (refsBySentence.get(j) ?? []).filter((r) => r.entity.type === 'Benchmark' || r.entity.type === 'Dataset');
        // "We pre-train X on A and test it on three datasets: B, C and D": "these three" are B, C and D
        const tested = named.filter((r) => !TRAINED_ON_BEFORE.test(text.slice(Math.max(0, r.start - 50), r.start)));
        const pick = Number.isNaN(count) || named.length === count ? named : tested;
        const sets = [...new Map(pick.map((r) => [r.entity.key, r.entity])).values()];
        if (sets.length < 2 || (!Number.isNaN(count) && sets.length !== count)) continue;
        const start = s.start + m.index;
        out.push({ si, refs: sets.map((entity) => ({ start, end: start + m[0].length, entity })) });
        found = true;
        break;
      }
      // "We release A … we also propose B … We benchmark X on both collections": the paper's two data sets
      if (found || !/\bboth\s/i.test(m[0])) continue;
      const released = new Map<string, ResolvedEntity>();
      for (let j = 0; j < si; j++) for (const r of refsBySentence.get(j) ?? []) if (r.entity.introduced && (r.entity.type === 'Benchmark' || r.entity.type === 'Dataset')) released.set(r.entity.key, r.entity);
      if (released.size !== 2) continue;
      const start = s.start + m.index;
      out.push({ si, refs: [...released.values()].map((entity) => ({ start, end: start + m[0].length, entity })) });
    }
  });
  return out;
}

const GROUP_ANAPHOR =
  /(?:^|[,;:]\s+)(?:(?:[Aa]ll|[Ee]very|[Ee]ach)\s+(?:(?:of\s+)?(?:the|these|those)\s+)?(?:\w+\s+)?(?:pairs?|models?|systems?|LLMs|checkpoints|networks?|architectures?|encoders?|methods?|baselines?)|(?:[Tt]hese|[Tt]hose|[Tt]he\s+same|[Bb]oth)\s+(?:\w+\s+)?(?:pairs|models|systems|LLMs|checkpoints|networks|architectures|encoders|methods|baselines))\s+(?:are|were|is|was)\s+(?:then\s+|all\s+|each\s+|also\s+)?(?:trained\s+and\s+|fine-tuned\s+and\s+)?(?:scored|evaluated|tested|benchmarked|assessed|run|compared)\b/g;

/** "Experiments use two public databases, A and B": the data of the evaluation the sentence before set up */
const EXPERIMENTS_USE = /^(?:All\s+)?(?:[Ee]xperiments|[Ee]valuations?)\s+(?:use|used|span|spanned|cover|covered|draw\s+on|are\s+(?:conducted|performed|run|carried\s+out)\s+(?:on|using))\b/g;
const EVALUATES = /\b(?:evaluat|compar|benchmark|test|assess)\w*\b/i;

/** "All pairs are scored … on MedQA": the models named by the nearest earlier sentence naming two or more. */
export function groupAnaphora(text: string, sentences: Span[], refsBySentence: Map<number, MentionRef[]>): { si: number; refs: MentionRef[] }[] {
  if (!/\b(?:[Aa]ll|[Ee]very|[Ee]ach|[Tt]hese|[Tt]hose|[Tt]he\s+same|[Bb]oth|[Ee]xperiments|[Ee]valuations?)\s/.test(text)) return [];
  const out: { si: number; refs: MentionRef[] }[] = [];
  sentences.forEach((s, si) => {
    const said = text.slice(s.start, s.end);
    // a sentence naming its own models needs no antecedent
    if ((refsBySentence.get(si) ?? []).some((r) => r.entity.type === 'Model')) return;
    const named = [...said.matchAll(GROUP_ANAPHOR)].map((m) => ({ m, implicit: false }));
    const implied = [...said.matchAll(EXPERIMENTS_USE)].map((m) => ({ m, implicit: true }));
    for (const { m, implicit } of [...named, ...implied]) {
      const phrase = m[0].replace(/^[,;:]\s+/, '');
      for (let j = si - 1; j >= Math.max(0, si - 2); j--) {
        const models = [...new Map((refsBySentence.get(j) ?? []).filter((r) => r.entity.type === 'Model').map((r) => [r.entity.key, r.entity])).values()];
        if (models.length < 2) continue;
        // "Experiments use …" points back only to a sentence that evaluates the models it names
        if (implicit && (j !== si - 1 || !EVALUATES.test(text.slice(sentences[j]!.start, sentences[j]!.end)))) break;
        const start = s.start + m.index + m[0].length - phrase.length;
        const end = start + phrase.search(implicit ? /\s/ : /\s+(?:are|were|is|was)\s/);
        out.push({ si, refs: models.map((entity) => ({ start, end, entity })) });
        break;
      }
      break;
    }
  });
  return out;
}
