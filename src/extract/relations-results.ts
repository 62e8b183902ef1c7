// Results written as tables in prose: which model, benchmark and metric each reported number belongs
// to when one sentence carries several. Numbers are grouped into rows ("60.2%, 56.4% and 71.8%")
// and slash cells ("74.8 / 63.5 / 66.1"); a row or cell of N numbers is laid over a list of N names
// (models, benchmarks or metrics: "HepaSeg, nnU-Net and SwinUNETR reach … 0.781, 0.742 and 0.728,
// respectively", "on the same three datasets", "the two models obtain a and b"). Single numbers get an
// explicit owner ("61.7% for Llama 3 8B", "CLAM (AUROC 0.874)", "Gemini 1.5 Pro 52.7%").
import type { ResolvedEntity } from './entities.ts';
import type { MentionRef } from './relations-eval.ts';
import { BEFORE_TARGET, type Score } from './scores.ts';
import type { Span } from './text.ts';

export interface ResultFact {
  model: ResolvedEntity;
  target: ResolvedEntity;
  metric: ResolvedEntity | null;
  /** null for a margin ("outperforms X by 3.1 points on ISIC 2019"): the pair holds, the number is no score */
  value: number | null;
  /** the number's span, so a relation built elsewhere from the same number can be replaced */
  at: Span;
}

export interface ResultInput {
  text: string;
  sentence: Span;
  refs: MentionRef[];
  scores: Score[];
  /** mentions of each earlier sentence, in text order, for "the same three models" */
  earlier: MentionRef[][];
  /** is this target mention training or source data, or the sentence's subject (never scored on)? */
  notScored: (ref: MentionRef) => boolean;
  /** the model the sentence is about when no mention owns a number (its first unbeaten model) */
  subject: ResolvedEntity | null;
  /** the model the previous sentences were about, for a sentence opening with "It …" (asked lazily) */
  prior: () => ResolvedEntity | null;
  /** the benchmark a number is on when the sentence names none (the paper's own, or carried) */
  fallbackTarget: (model: ResolvedEntity, continued: boolean) => ResolvedEntity | null;
  /** group sizes → the names they ran over in earlier sentences ("the same models obtain a / b") */
  memo: Map<number, { kind: 'model' | 'target' | 'metric'; names: ResolvedEntity[] }>;
}

type Kind = 'model' | 'target' | 'metric';

interface Cell extends Span {
  scores: Score[];
}
interface Row extends Span {
  cells: Cell[];
}

/** "71.5% on the clinical subsets of MMLU": a number reported on the benchmark named after it */
const AFTER_ON = /^\s*(?:%|\\%)?\s*(?:(?:\(?[a-zA-Z@{}-]+\)?\s+){0,6}?(?:on|in|across)\s+[^,;:()]{0,40}|of\s+(?:the\s+)?)$/i;
const CELL_GAP = /^\s*\/\s*$/;
const ROW_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|\/\s*)(?:the\s+)?$/;
/** "the same three models", "the two models", "both systems", "the same datasets" */
const ANAPHOR =
  /\b(?:the\s+(?:same\s+)?(?:(two|three|four|five|six|\d)\s+)?|both\s+)(models?|methods|systems|baselines|networks|datasets|benchmarks|sets|cohorts|tasks|metrics|measures)\b/gi;
const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
/** text between a row and the model that owns it: "… for GPT-4o", "… (GPT-4o)" */
const FOR_AFTER = /^\s*(?:%|\\%)?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+|mm\s+|ms\s+)?(?:\)\s*)?(?:for|by|with|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
/** "… 23.7 mg/dL for an LSTM baseline": the number belongs to something unnamed after it */
const FOR_UNNAMED = /^\s*(?:%|\\%)?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+|mm\s+|ms\s+)?(?:for|by)\s+(?:an?|the)\s+[A-Za-z]/;
/** model then its row: "Gemini 1.5 Pro 52.7%", "TriageMind-8B scores 68.9%", "MedSAM (52.8% and …" */
const OWNER_BEFORE = /^(?:\s*,)?(?:,?\s+[A-Za-z][\w@./-]*){0,8}?(?:\s*(?:of|:|=))?\s*\(?\s*(?:[A-Za-z][\w@./-]*\s*(?:of\s+)?)?$/;
/** a component, not the system scored: "with GPT-4o as the planner", "initialised from Qwen2.5-14B" */
const COMPONENT_AFTER = /^\s*(?:as\s+(?:the|its|a)\s+\w+|(?:patch\s+|image\s+)?(?:backbone|encoder|features|retriever|reader|embeddings|tokenizer|judge)\b)/i;
/** "it reaches", "its AUC is": the number belongs to the model the clause continues */
const PRONOUN_GATE = /\b(?:it|its|the\s+model)\s/i;
const PRONOUN = /(?:^|\s)(?:it|its|the\s+model)\s[^,;]*$/i;
/** "the CheXbert F1 is", "the AUC was": a measure reported without its model */
const PASSIVE = /\bthe\s+(?:[\w@./-]+\s+){1,3}(?:is|was|were|are|reached|remained|of)\s*$/i;
/** a model named after these words was beaten, not scored ("outperforming MobileNetV3 by …") */
const BEATEN = /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|than|over|compared\s+(?:to|with)|versus|vs\.?|against|comparable\s+to|on\s+par\s+with|similar\s+to|rival\w*|match(?:es|ed|ing)?|improv\w*\s+(?:up)?on|improv\w*\s+over|ahead\s+of|behind)\s+(?:the\s+|both\s+|previous\s+|prior\s+|strong\s+)*(?:[\w-]+\s+){0,2}$/i;

function kindOf(e: ResolvedEntity): Kind | null {
  if (e.type === 'Model') return 'model';
  if (e.type === 'Metric') return 'metric';
  if (e.type === 'Benchmark' || e.type === 'Dataset') return 'target';
  return null;
}

function rowsOf(text: string, scores: Score[]): Row[] {
  const cells: Cell[] = [];
  for (const sc of scores) {
    const last = cells[cells.length - 1];
    if (last && CELL_GAP.test(text.slice(last.end, sc.start))) {
      last.scores.push(sc);
      last.end = sc.end;
    } else cells.push({ start: sc.start, end: sc.end, scores: [sc] });
  }
  const rows: Row[] = [];
  for (const c of cells) {
    const last = rows[rows.length - 1];
    const sameShape = last && last.cells[0]!.scores.length === c.scores.length;
    if (last && sameShape && ROW_GAP.test(text.slice(last.end, c.start))) {
      last.cells.push(c);
      last.end = c.end;
    } else rows.push({ start: c.start, end: c.end, cells: [c] });
  }
  return rows;
}

/** Contiguous lists of one kind of name in the sentence ("BTCV, AMOS and FLARE22"). */
function listsOf(text: string, refs: MentionRef[]): { kind: Kind; items: MentionRef[]; start: number; end: number }[] {
  const lists: { kind: Kind; items: MentionRef[]; start: number; end: number }[] = [];
  for (const r of refs) {
    const kind = kindOf(r.entity);
    if (!kind) continue;
    const last = lists[lists.length - 1];
    if (last && last.kind === kind && LIST_GAP.test(text.slice(last.end, r.start))) {
      if (!last.items.some((i) => i.entity.key === r.entity.key)) last.items.push(r);
      last.end = r.end;
    } else lists.push({ kind, items: [r], start: r.start, end: r.end });
  }
  return lists;
}

const listCache = new WeakMap<ResultInput, ReturnType<typeof listsOf>>();
/** The sentence's lists, read once. */
function sentenceLists(input: ResultInput): ReturnType<typeof listsOf> {
  let lists = listCache.get(input);
  if (!lists) listCache.set(input, (lists = listsOf(input.text, input.refs)));
  return lists;
}

/** The names "the same n <kind>" points back to: the latest sentence (this one up to `at`, then
 * earlier ones) naming at least n of that kind; the last n of them, in the order first named there. */
function recent(input: ResultInput, kind: Kind, at: number, n: number): ResolvedEntity[] | null {
  const groups = [...input.earlier, input.refs.filter((r) => r.start < at)];
  for (let i = groups.length - 1; i >= 0; i--) {
    const names = [...new Map(groups[i]!.filter((r) => r.start < at && kindOf(r.entity) === kind).map((r) => [r.entity.key, r.entity])).values()];
    if (names.length >= n) return names.slice(-n);
  }
  return null;
}

type Dimension = { kind: Kind; names: ResolvedEntity[] };

/** Which names a group of `n` numbers at `at` runs over; `taken` kinds are fixed elsewhere. `local`
 * holds the groups already laid out in this sentence. */
function dimensionFor(input: ResultInput, at: Span, n: number, taken: Set<Kind>, local: Map<number, Dimension>): Dimension | null {
  const { text, sentence: s, refs } = input;
  const clauseStart = Math.max(s.start, text.lastIndexOf(';', at.start) + 1);
  const semi = text.indexOf(';', at.end);
  const clauseEnd = semi === -1 || semi > s.end ? s.end : semi;
  const lists = sentenceLists(input).filter((l) => l.items.length === n && !taken.has(l.kind) && l.start >= clauseStart && l.end <= clauseEnd);
  // a metric list right before the numbers ("BLEU-4, METEOR and ROUGE-L of 0.142, …")
  const metricList = lists.find((l) => l.kind === 'metric' && l.end <= at.start && at.start - l.end < 40);
  if (metricList) return { kind: 'metric', names: metricList.items.map((i) => i.entity) };
  const known = local.get(n);
  if (known && !taken.has(known.kind)) return known;
  for (const kind of ['target', 'metric', 'model'] as const) {
    const list = lists.find((l) => l.kind === kind);
    if (list) return { kind, names: list.items.map((i) => i.entity) };
  }
  // "the same three models", "on the same datasets": names listed earlier (nearest phrase first)
  const phrases = [...text.slice(s.start, s.end).matchAll(ANAPHOR)].sort(
    (a, b) => Math.abs(s.start + a.index - at.start) - Math.abs(s.start + b.index - at.start),
  );
  for (const m of phrases) {
    const count = m[1] ? COUNT[m[1].toLowerCase()] ?? Number(m[1]) : n;
    if (count !== n) continue;
    const noun = m[2]!.toLowerCase();
    const kind: Kind = /^(?:models?|methods|systems|baselines|networks)$/.test(noun) ? 'model' : /^(?:metrics|measures)$/.test(noun) ? 'metric' : 'target';
    if (taken.has(kind)) continue;
    const names = recent(input, kind, s.start + m.index, n);
    if (names) return { kind, names };
  }
  // the names of one kind already mentioned in this sentence, when there are exactly n of them
  for (const kind of ['metric', 'target', 'model'] as const) {
    if (taken.has(kind)) continue;
    const names = [...new Map(refs.filter((r) => r.start < at.start && kindOf(r.entity) === kind).map((r) => [r.entity.key, r.entity])).values()];
    if (names.length === n) return { kind, names };
  }
  // a group of the same size laid out in an earlier sentence ("the same models obtain a / b, …")
  const earlier = input.memo.get(n);
  return earlier && !taken.has(earlier.kind) && earlier.kind !== 'model' ? earlier : null;
}

interface Owner {
  /** null: the number is an unnamed system's ("for a Cox model") */
  model: ResolvedEntity | null;
  /** how the owner was found: named after the number ("for X"), named before it, or a pronoun
   * continuing the previous sentence */
  how: 'after' | 'before' | 'continued' | 'unnamed';
}

/** Who owns the rows met so far in a sentence. */
interface Owners {
  /** the sentence's main speaker: the last owner named before its number or by a pronoun */
  main: ResolvedEntity | null;
  /** models that took a number named after it ("0.779 for Polyp-PVT"): never the next row's owner */
  forOwned: Set<string>;
}

/** The model that reported a row: named right after it ("for X"), or right before it. A pronoun
 * ("it reaches") points back to the sentence's subject, or to the previous sentence's. */
function ownerOf(input: ResultInput, row: Span, prevEnd: number, owners: Owners): Owner | null {
  const { text, sentence: s, refs } = input;
  const models = refs.filter((r) => r.entity.type === 'Model');
  const after = models.find((m) => m.start >= row.end && m.start - row.end <= 30 && FOR_AFTER.test(text.slice(row.end, m.start)));
  if (after) return { model: after.entity, how: 'after' };
  if (FOR_UNNAMED.test(text.slice(row.end, row.end + 40))) return { model: null, how: 'unnamed' };
  const pronoun = (): Owner | null => {
    const from = Math.max(prevEnd, s.start);
    const lead = text.slice(from, row.start);
    const hit = PRONOUN_GATE.test(lead) ? PRONOUN.exec(lead) : null;
    // "On WristX-Ext, the AUC was 0.887": a sentence naming no model reports on the previous one's
    if (!hit && !models.length && PASSIVE.test(lead) && refs.some((r) => r.entity.type === 'Metric' && r.start >= from && r.end <= row.start)) {
      const prior = input.prior();
      return prior ? { model: prior, how: 'continued' } : null;
    }
    if (!hit) return null;
    // "It outperforms X …": a pronoun before any model continues the previous sentence
    if (models.some((m) => m.start < from + hit.index)) {
      const model = owners.main ?? input.subject;
      return model ? { model, how: 'before' } : null;
    }
    const prior = input.prior();
    return prior ? { model: prior, how: 'continued' } : null;
  };
  const before = models.filter((m) => m.end <= row.start && m.end >= prevEnd && !owners.forOwned.has(m.entity.key)).pop();
  if (!before || row.start - before.end > 160 || COMPONENT_AFTER.test(text.slice(before.end, before.end + 30))) return pronoun();
  // "Med-PaLM 2, which has roughly 50 times more parameters, still leads on MedQA with 86.5%"
  const gap = text.slice(before.end, row.start).replace(/^,\s*(?:which|who|that)\b[^,;]{0,70},/, '');
  const between = refs.filter((r) => r.start >= before.end && r.end <= row.start && r.entity.type !== 'Metric');
  const onTarget = (r: MentionRef): boolean => kindOf(r.entity) === 'target' && /\b(?:on|in|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(before.end, r.start - 20), r.start));
  if (gap.length > 80) return pronoun();
  const plain = gap.replace(/\s+(?:on|in|across)\s+(?:the\s+)?\S+/gi, ' ');
  if (!OWNER_BEFORE.test(plain) || between.some((r) => !onTarget(r))) return pronoun();
  const bracketed = /^\s*\(/.test(gap);
  if (!bracketed && BEATEN.test(text.slice(Math.max(s.start, before.start - 60), before.start))) return pronoun();
  return pronoun() ?? { model: before.entity, how: 'before' };
}

/** The benchmark a number reports on: named right after it ("71.5% on MMLU"), else the last one
 * before it in its clause, else the sentence's only benchmark. */
function targetOf(input: ResultInput, at: Span, strict = false): ResolvedEntity | null {
  const { text, sentence: s, refs } = input;
  const targets = refs.filter((r) => kindOf(r.entity) === 'target' && !input.notScored(r));
  const next = targets.find((t) => t.start >= at.end);
  const gap = next ? text.slice(at.end, next.start) : '';
  // "81.2% (MedQA)", "71.5% on MedQA"
  const crosses = /\b(?:but|while|whereas)\b/.test(gap) || refs.some((r) => r.entity.type === 'Model' && r.start >= at.end && r.end <= (next?.start ?? 0));
  if (next && (/^\s*(?:%|\\%)?\s*\(\s*$/.test(gap) || (BEFORE_TARGET.test(gap) && !crosses))) return next.entity;
  const clauseStart = Math.max(s.start, text.lastIndexOf(';', at.start) + 1);
  const prior = targets.filter((t) => t.end <= at.start && t.start >= clauseStart).pop();
  // "trails on MedQA at 72.0% but …": a benchmark just before the number wins over a far one after it
  // ("on MedQA and 71.5% on MMLU" starts a new item instead)
  const between = prior ? text.slice(prior.end, at.start) : '';
  if (prior && between.length <= 40 && !/\d|,\s*(?:but|while|whereas)\b|\band\s*$/.test(between)) return prior.entity;
  if (next && AFTER_ON.test(gap) && !/\d|\b(?:but|while|whereas)\b/.test(gap)) return next.entity;
  if (strict) return null;
  if (prior) return prior.entity;
  const distinct = new Map(targets.map((t) => [t.entity.key, t.entity]));
  if (distinct.size !== 1) return null;
  // "…, but on MedConceptsQA-Hard it falls to 39.2%": a benchmark in another clause is not this number's
  const only = targets[0]!;
  const span = only.start > at.end ? text.slice(at.end, only.start) : text.slice(only.end, at.start);
  return /;|,\s*(?:but|while|whereas|yet)\b/.test(span) ? null : only.entity;
}

/** "84.9 on AMOS MRI": the number names a benchmark the extractor did not recognise. */
function namesUnknownTarget(text: string, at: Span): boolean {
  return /^\s*(?:%|\\%)?\s*(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?[A-Z][\w-]*[A-Z0-9]/.test(text.slice(at.end, at.end + 60));
}

/** "… and 71.5% on MMLU", "… and on X (0.912)": the number names its own benchmark. */
function tiedTarget(input: ResultInput, row: Span, prevEnd: number): boolean {
  const { text, refs } = input;
  return refs.some((r) => kindOf(r.entity) === 'target' && (
    (r.start >= row.end && (AFTER_ON.test(text.slice(row.end, r.start)) || /^\s*(?:%|\\%)?\s*\(\s*$/.test(text.slice(row.end, r.start)))) ||
    // "… and on the chest radiograph subset of the RSNA Pneumonia Challenge an AUC of 0.87"
    (r.start >= prevEnd && r.end <= row.start && /\b(?:on|in|across)\s+[^,;\d]{0,45}$/i.test(text.slice(Math.max(prevEnd, r.start - 50), r.start)))));
}

/** The metric named for a number: the nearest metric mention within a few characters that is not
 * nearer to another number, else the sentence's only metric. */
function metricOf(input: ResultInput, at: Span, nearOnly = false): ResolvedEntity | null {
  const metrics = input.refs.filter((r) => r.entity.type === 'Metric');
  const dist = (m: Span, x: Span): number => (m.start >= x.end ? m.start - x.end : Math.max(0, x.start - m.end));
  const mine = (m: Span): boolean => input.scores.every((sc) => sc.start === at.start || dist(m, sc) >= dist(m, at));
  const near = metrics.filter((m) => dist(m, at) <= 30 && mine(m)).sort((a, b) => dist(a, at) - dist(b, at))[0];
  if (near || nearOnly) return near?.entity ?? null;
  const distinct = new Map(metrics.map((m) => [m.entity.key, m.entity]));
  return distinct.size === 1 ? [...distinct.values()][0]! : null;
}

/** "from 0.11 for the base X to 0.04 for Y", "Applying … to X yields Y, whose accuracy improves from
 * 55.6% to 61.9%": the first number is the base model's, the second the tuned one's. */
const FROM_TO = /\bfrom\s+(\d+(?:\.\d+)?)\s*(?:%|\\%)?(\s+for\s+[^,;]{1,60}?)?\s+to\s+(\d+(?:\.\d+)?)\s*(?:%|\\%)?(\s+for\s+[^,;]{1,60}?)?(?=$|[\s,;.)])/g;
const LIFTS = /\b(?:lifts|raises|boosts|increases|improves|takes|brings|pushes)\s+(?:the\s+)?$/i;
const YIELDS = /\b(?:yield\w*|giv(?:es|ing)|produc\w*|results?\s+in|resulting\s+in|becomes?)\b/i;

function fromToFacts(input: ResultInput): ResultFact[] {
  const { text, sentence: s, refs } = input;
  const out: ResultFact[] = [];
  const sText = text.slice(s.start, s.end);
  const models = refs.filter((r) => r.entity.type === 'Model');
  if (!sText.includes('from ')) return out;
  for (const m of sText.matchAll(FROM_TO)) {
    const at = s.start + m.index;
    if (/\b(?:rang\w*|var(?:y|ies|ied|ying))\s+$/i.test(text.slice(Math.max(s.start, at - 12), at))) continue; // a range
    const firstAt = { start: at + m[0].indexOf(m[1]!), end: at + m[0].indexOf(m[1]!) + m[1]!.length };
    const secondOffset = m[0].lastIndexOf(m[3]!, m[4] ? m[0].length - m[4].length : m[0].length);
    const secondAt = { start: at + secondOffset, end: at + secondOffset + m[3]!.length };
    const named = (group: string | undefined, from: number): ResolvedEntity | null =>
      group ? models.find((r) => r.start >= from && r.end <= from + group.length + 1)?.entity ?? null : null;
    let base = named(m[2], firstAt.end);
    let tuned = named(m[4], secondAt.end);
    if (!m[2] && !m[4]) {
      const prior = models.filter((r) => r.end <= at);
      const pair = prior.slice(-2);
      if (pair.length === 2 && YIELDS.test(text.slice(pair[0]!.end, pair[1]!.start))) [base, tuned] = [pair[0]!.entity, pair[1]!.entity];
      else {
        const last = prior[prior.length - 1];
        const lead = last ? text.slice(Math.max(s.start, last.start - 25), last.start) : '';
        // "For X, debate increases accuracy from A to B", "lifts X on MedQA from A to B": two settings of X
        if (last && (/^\s*for\s+(?:the\s+)?$/i.test(text.slice(s.start, last.start)) || LIFTS.test(lead))) base = tuned = last.entity;
        else {
          const gap = text.slice(last?.end ?? at, at);
          tuned = last && /^\s+(?:[\w-]+\s+){0,6}$/.test(gap) && !COMPONENT_AFTER.test(text.slice(last.end, last.end + 30)) ? last.entity : null;
          // "X raises its accuracy from A to B": both numbers are X's, in two settings
          if (tuned && /\b(?:its|their)\b/i.test(gap)) base = tuned;
        }
      }
    }
    const target = targetOf(input, firstAt) ?? (tuned ? input.fallbackTarget(tuned, false) : null);
    if (!target) continue;
    const metric = metricOf(input, firstAt);
    if (base) out.push({ model: base, target, metric, value: Number(m[1]), at: firstAt });
    if (tuned) out.push({ model: tuned, target, metric, value: Number(m[3]), at: secondAt });
  }
  return out;
}

/** A model named as a part of the system scored ("with GPT-4o as the planner", "CONCH patch features"). */
export function isComponent(text: string, ref: Span): boolean {
  return COMPONENT_AFTER.test(text.slice(ref.end, ref.end + 30));
}

/** The model a sentence is about: its first model that is neither beaten nor a component. */
export function sentenceSubject(text: string, s: Span, refs: MentionRef[]): ResolvedEntity | null {
  const free = refs.find((r) => r.entity.type === 'Model' && !COMPONENT_AFTER.test(text.slice(r.end, r.end + 30)) && !BEATEN.test(text.slice(Math.max(s.start, r.start - 60), r.start)));
  return free?.entity ?? null;
}

/** "improves AUPRC by 4.2 points … on MIMIC-IV", "outperforms X by 3.1 points on ISIC 2019": the
 * clause's model was scored on the benchmark the margin names, with no value. */
const MARGIN = /\bby\s+(?:about\s+|nearly\s+|up\s+to\s+|over\s+)?(\d+(?:\.\d+)?)\s*(?:%|\\%|\s+(?:percentage\s+)?points?\b|\s*pp\b)/gi;

function marginFacts(input: ResultInput, owners: Owners): ResultFact[] {
  const { text, sentence: s } = input;
  const out: ResultFact[] = [];
  let prevEnd = s.start;
  let lastMetric: ResolvedEntity | null = null;
  const sText = text.slice(s.start, s.end);
  if (!sText.includes('by ')) return out;
  for (const m of sText.matchAll(MARGIN)) {
    const num = { start: s.start + m.index + m[0].indexOf(m[1]!), end: s.start + m.index + m[0].length };
    const found = ownerOf(input, num, prevEnd, owners) ?? (owners.main && tiedTarget(input, num, prevEnd) ? { model: owners.main, how: 'before' as const } : null);
    prevEnd = num.end;
    const model = found?.model;
    if (!model) continue;
    if (found.how !== 'after') owners.main = model;
    const target = targetOf(input, num, true);
    // "by 4.2 points … and by 3.1 points on eICU-CRD": the second margin keeps the first one's measure
    const metric: ResolvedEntity | null = metricOf(input, num, true) ?? (out.length && out[out.length - 1]!.model === model ? lastMetric : null);
    lastMetric = metric;
    if (target && target.key !== model.key) out.push({ model, target, metric, value: null, at: num });
  }
  return out;
}

/** Facts for the numbers of one sentence that sit in rows, cells or have an explicit owner. */
export function resultFacts(input: ResultInput): ResultFact[] {
  const { text } = input;
  const out: ResultFact[] = fromToFacts(input);
  const local = new Map<number, Dimension>();
  let prevEnd = input.sentence.start;
  const owners: Owners = { main: null, forOwned: new Set() };
  // the paper's own or the carried benchmark stands in only when the sentence names none
  let namesTarget: boolean | undefined;
  const sentenceNamesTarget = (): boolean => (namesTarget ??= input.refs.some((r) => kindOf(r.entity) === 'target' && !input.notScored(r)));
  const compared = (r: MentionRef): boolean => BEATEN.test(text.slice(Math.max(input.sentence.start, r.start - 60), r.start));
  for (const row of rowsOf(text, input.scores)) {
    const width = row.cells[0]!.scores.length;
    const grouped = row.cells.length > 1 || width > 1;
    // "X obtains a on A and b on B": a lone number continues the owner of the one before it
    const continues: boolean = !grouped && owners.main !== null && !/[;]|\b(?:while|whereas)\b/.test(text.slice(prevEnd, row.start)) &&
      !input.refs.some((r) => r.entity.type === 'Model' && r.start >= prevEnd && r.start < row.start && !compared(r) && !owners.forOwned.has(r.entity.key)) &&
      tiedTarget(input, row, prevEnd);
    let found = ownerOf(input, row, prevEnd, owners) ?? (continues ? { model: owners.main!, how: 'before' as const } : null);
    // "nnU-Net, SwinUNETR and MedSAM reach 0.781, 0.742 and 0.728": the last of a listed subject owns nothing alone
    if (found?.how === 'before' && row.cells.length > 1 && sentenceLists(input).some((l) => l.kind === 'model' && l.items.length === row.cells.length && l.items[l.items.length - 1]!.entity === found!.model && l.end <= row.start)) found = null;
    const owner = found?.model ?? null;
    if (found?.how === 'unnamed') {
      prevEnd = row.end;
      continue;
    }
    const taken = new Set<Kind>(owner ? ['model'] : []);
    const rowDim = row.cells.length > 1 ? dimensionFor(input, row, row.cells.length, taken, local) : null;
    if (rowDim) {
      taken.add(rowDim.kind);
      local.set(row.cells.length, rowDim);
    }
    const cellDim = width > 1 ? dimensionFor(input, row.cells[0]!, width, taken, local) : null;
    if (cellDim) local.set(width, cellDim);
    prevEnd = row.end;
    if ((row.cells.length > 1 && !rowDim) || (width > 1 && !cellDim)) continue;
    row.cells.forEach((cell, ci) => {
      cell.scores.forEach((sc, si) => {
        const pick = (kind: Kind): ResolvedEntity | undefined =>
          rowDim?.kind === kind ? rowDim.names[ci] : cellDim?.kind === kind ? cellDim.names[si] : undefined;
        const model = pick('model') ?? owner ?? (grouped ? owners.main ?? input.subject : null);
        if (!model) return;
        const target = pick('target') ?? targetOf(input, sc) ?? (!sentenceNamesTarget() && !namesUnknownTarget(text, sc) ? input.fallbackTarget(model, found?.how === 'continued' && model === owner) : null);
        const metric = pick('metric') ?? metricOf(input, sc);
        if (target && model.key !== target.key) out.push({ model, target, metric, value: sc.value, at: { start: sc.start, end: sc.end } });
      });
    });
    if (found?.how === 'after') owners.forOwned.add(found.model!.key);
    else if (found?.model) owners.main = found.model;
  }
  for (const [n, d] of local) input.memo.set(n, d);
  out.push(...marginFacts(input, owners));
  return out;
}
