// Who, on what and by which measure a reported number was stated: the model that owns it ("61.7% for
// Llama 3 8B", "CLAM (AUROC 0.874)", "Gemini 1.5 Pro 52.7%", "It reaches …", "On X, the AUC was …"),
// the benchmark it is on ("71.5% on MMLU", "81.2% (MedQA)", "on MedQA at 72.0%") and its metric.
// Shared by the results-in-prose rules (relations-results.ts) and the change rules (relations-changes.ts).
import type { ResolvedEntity } from './entities.ts';
import type { MentionRef } from './relations-eval.ts';
import { BEFORE_TARGET, RISEN_TO, headedScore, type Score } from './scores.ts';
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

export type Kind = 'model' | 'target' | 'metric';

/** "71.5% on the clinical subsets of MMLU": a number reported on the benchmark named after it */
export const AFTER_ON = /^\s*(?:%|\\%)?\s*(?:(?:\(?[a-zA-Z@{}-]+\)?\s+){0,6}?(?:on|in|across)\s+[^,;:()]{0,40}|of\s+(?:the\s+)?)$/i;
/** "the same three models", "the two models", "both systems", "the same datasets" */
/** text between a row and the model that owns it: "… for GPT-4o", "… (GPT-4o)", "74.8 F1 for BioBERT" */
const FOR_AFTER = /^\s*(?:%|\\%)?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+|mm\s+|ms\s+|[A-Z][A-Za-z]{0,6}[-@]?\d*\s+)?(?:\)\s*)?(?:,\s*respectively,\s*)?(?:for|by|with|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$/;
/** "… 23.7 mg/dL for an LSTM baseline": the number belongs to something unnamed after it */
const SAME_MODEL_AFTER = /^\s*(?:%|\\%)?\s*(?:when|for|with|from)\s+the\s+same\s+(?:network|architecture|model|backbone|classifier|encoder|detector)\b/;
const FOR_UNNAMED = /^\s*(?:%|\\%)?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+|mm\s+|ms\s+)?(?:for|by)\s+(?:an?|the)\s+[A-Za-z]/;
const FOR_NAME = /^\s*(?:%|\\%)?\s*for\s+(?=[A-Z][\w-]*(?![\w-])(?!\s*,\s*[A-Z]|\s+and\s+[A-Z]))/;
/** model then its row: "Gemini 1.5 Pro 52.7%", "TriageMind-8B scores 68.9%", "MedSAM (52.8% and …" */
export const WITH_PART = /^\s+(?:paired\s+|combined\s+|equipped\s+|coupled\s+)?with\s+(?:an?\s+|the\s+)?$/;
const BASE_APPOSITIVE = /,\s*(?:built|based|initiali[sz]ed|fine-?tuned|trained|distilled|derived|adapted|starting)\s+(?:up)?(?:on|from)\s+(?:the\s+)?$/i;
const ASIDE_BEFORE = /^,\s*(?:fed|prompted|paired|combined|guided|supplied|augmented|equipped)\s+with\b[^,;]{0,60}$/i;
/** "NV-Embed-v2, fed with figure descriptions written by GPT-4o, ranks first": the model `m` sits in a
 * participle aside after the model that ended at `prevEnd`, helping it */
export function inAside(text: string, prevEnd: number, m: Span): boolean {
  return ASIDE_BEFORE.test(text.slice(prevEnd, m.start)) && /^[^,;]{0,30},/.test(text.slice(m.end, m.end + 32));
}
const OWNER_BEFORE = /^(?:\s*,)?(?:,?\s+[A-Za-z][\w@./-]*){0,8}?(?:\s*(?:of|:|=))?\s*\(?\s*(?:[A-Za-z][\w@./-]*\s*(?:of\s+)?)?$/;
/** a component, not the system scored: "with GPT-4o as the planner", "initialised from Qwen2.5-14B" */
export const COMPONENT_AFTER = /^\s*(?:as\s+(?:the|its|a)\s+\w+|(?:patch\s+|image\s+)?(?:backbone|encoder|decoder|features|retriever|reader|embeddings|tokenizer|judge|head|aggregator|planner)\b)/i;
/** "it reaches", "its AUC is": the number belongs to the model the clause continues */
const PRONOUN_GATE = /\b(?:it|its|the\s+model)\s/i;
const PRONOUN = /(?:^|\s)(?:it|its|the\s+model)\s[^;]*$/i;
/** "the CheXbert F1 is", "the AUC was": a measure reported without its model */
/** a sentence about someone else's numbers: baselines, human readers, earlier work */
const OTHER_PARTY = /\b(?:baselines?|\w+ologists?|\w*icians?|readers?|humans?|experts?|annotators?|raters?|residents?|nurses?|previous|prior|existing|competing|other\s+(?:models|methods)|state-of-the-art\s+(?:models|methods))\b/i;
/** "(81.2% vs. 69.4%)": the bracket pair after a beaten model */
const VS_NEXT = /^\s*(?:%|\\%)?\s*(?:vs\.?|versus)\s*\d/;
const VS_PAIR_BEFORE = /\(\s*\d+(?:\.\d+)?\s*(?:%|\\%)?\s*(?:vs\.?|versus)\s*$/;
/** "outperforms open medical models such as B (…)": B is an example of the beaten models */
const BEATEN_EXAMPLE = /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|better\s+than|ahead\s+of|improv\w*\s+[^.;()]{0,40}?\bover)\s[^.;()]{0,50}\b(?:such\s+as|including|like)\s+(?:[\w.\/-]+(?:\s+[\w.\/-]+){0,2}\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s+as\s+well\s+as\s+))*$/i;
const PASSIVE = /\bthe\s+(?:[\w@./-]+\s+){1,3}(?:is|was|were|are|reached|remained|of)\s*$/i;
/** a model named after these words was beaten, not scored ("outperforming MobileNetV3 by …") */
export const BEATEN = /\b(?:outperform\w*|surpass\w*|exceed\w*|beat\w*|than|over|compar(?:ed|ing)\s+(?:to|with|against)|versus|vs\.?|against|comparable\s+to|on\s+par\s+with|similar\s+to|rival\w*|match(?:es|ed|ing)?|improv\w*\s+(?:up)?on|improv\w*\s+over|ahead\s+of|behind)\s+(?:the\s+|both\s+|previous\s+|prior\s+|strong\s+)*(?:[\w-]+,?\s+){0,2}$/i;

/** "outperforms MedSAM, SAM 2 and Grounding DINO": every item of a list after the verb is beaten */
const BEATEN_LIST = /\b(?:[Oo]utperform\w*|[Ss]urpass\w*|[Ee]xceed\w*|[Bb]eat\w*|better\s+than|ahead\s+of)\s+(?:the\s+|both\s+|strong\s+)?(?:[A-Z0-9][\w.\/-]*(?:\s+[A-Z0-9][\w.\/-]*){0,2}\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or|as\s+well\s+as)\s+))+$/;

function beatenBy(text: string, s: Span, m: MentionRef): boolean {
  const lead = text.slice(Math.max(s.start, m.start - 140), m.start).replace(/\s*\([^()]*\)/g, '');
  return BEATEN.test(lead.slice(-60)) || BEATEN_EXAMPLE.test(lead) || BEATEN_LIST.test(lead);
}

export function kindOf(e: ResolvedEntity): Kind | null {
  if (e.type === 'Model') return 'model';
  if (e.type === 'Metric') return 'metric';
  if (e.type === 'Benchmark' || e.type === 'Dataset') return 'target';
  return null;
}

export interface Owner {
  /** null: the number is an unnamed system's ("for a Cox model") */
  model: ResolvedEntity | null;
  /** how the owner was found: named after the number ("for X"), named before it, or a pronoun
   * continuing the previous sentence */
  how: 'after' | 'before' | 'continued' | 'unnamed';
}

/** Who owns the rows met so far in a sentence. */
export interface Owners {
  /** the sentence's main speaker: the last owner named before its number or by a pronoun */
  main: ResolvedEntity | null;
  /** models that took a number named after it ("0.779 for Polyp-PVT"): never the next row's owner */
  forOwned: Set<string>;
}

/** The model that reported a row: named right after it ("for X"), or right before it. A pronoun
 * ("it reaches") points back to the sentence's subject, or to the previous sentence's. */
export function ownerOf(input: ResultInput, row: Span, prevEnd: number, owners: Owners): Owner | null {
  const { text, sentence: s, refs } = input;
  const models = refs.filter((r) => r.entity.type === 'Model');
  const after = models.find((m) => m.start >= row.end && m.start - row.end <= 30 && FOR_AFTER.test(text.slice(row.end, m.start)));
  if (after) return { model: after.entity, how: 'after' };
  // "…, against 0.887 when the same network is trained on …": the sentence's model in a second setting
  if (SAME_MODEL_AFTER.test(text.slice(row.end, row.end + 50))) {
    const model = owners.main ?? input.subject;
    return model ? { model, how: 'before' } : { model: null, how: 'unnamed' };
  }
  if (FOR_UNNAMED.test(text.slice(row.end, row.end + 40))) return { model: null, how: 'unnamed' };
  // "compared with 0.724 for NEWS2": a capitalised owner that is no entity (a clinical score, a rule)
  const forName = FOR_NAME.exec(text.slice(row.end, row.end + 30));
  if (forName && !refs.some((r) => r.start === row.end + forName[0].length)) return { model: null, how: 'unnamed' };
  // the second number of a beaten model's "(81.2% vs. 69.4%)" is that model's own (and, like a
  // "for X" row, does not make it the speaker of the next bracket)
  const vsPair = VS_PAIR_BEFORE.exec(text.slice(Math.max(s.start, row.start - 20), row.start));
  if (vsPair) {
    const open = row.start - vsPair[0].length;
    const beatenModel = models.filter((m) => m.end <= open && /^\s*$/.test(text.slice(m.end, open))).pop();
    if (beatenModel && beatenBy(text, s, beatenModel)) return { model: beatenModel.entity, how: 'after' };
  }
  const pronoun = (): Owner | null => {
    const from = Math.max(prevEnd, s.start);
    const lead = text.slice(from, row.start);
    const hit = PRONOUN_GATE.test(lead) ? PRONOUN.exec(lead) : null;
    // "On WristX-Ext, the AUC was 0.887": a sentence naming no model reports on the previous one's
    // "Transfer to Chapman-Shaoxing gives an AUROC of 0.91": a measure heading its number, no model named
    const headed = (): boolean => refs.some((r) => r.entity.type === 'Metric' && r.start >= from && headedScore(text, r, row) === true) && !OTHER_PARTY.test(text.slice(s.start, s.end));
    if (!hit && !models.length && (PASSIVE.test(lead) || headed()) && refs.some((r) => r.entity.type === 'Metric' && r.start >= from && r.end <= row.start)) {
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
  const candidates = models.filter((m) => m.end <= row.start && m.end >= prevEnd && !owners.forOwned.has(m.entity.key));
  // "MedTrellis-8B, built on Llama-3.1-8B-Instruct, reaches 71.4%": the base in an appositive owns nothing
  const base = (m: MentionRef): boolean => BASE_APPOSITIVE.test(text.slice(Math.max(s.start, m.start - 40), m.start)) && /^\s*,/.test(text.slice(m.end, m.end + 3));
  // "NV-Embed-v2, fed with figure descriptions written by GPT-4o, ranks first with 38.6": a model inside a
  // participle aside helps the one before it
  const aside = (m: MentionRef, i: number): boolean => i > 0 && inAside(text, candidates[i - 1]!.end, m);
  let before = candidates.filter((m, i) => !(base(m) && i > 0) && !aside(m, i)).pop();
  // "WardPilot with GPT-4o attains …", "MedQuarry paired with Llama-3.1-70B-Instruct raises …": the
  // model named after "with" is the system's part; the system before it owns the number
  let part: MentionRef | null = null;
  if (before) {
    const system = models.filter((m) => m.end <= before!.start).pop();
    if (system && WITH_PART.test(text.slice(system.end, before.start))) [part, before] = [before, system];
  }
  if (!before || row.start - before.end > 160 || COMPONENT_AFTER.test(text.slice(before.end, before.end + 30))) return pronoun();
  // "Med-PaLM 2, which has roughly 50 times more parameters, still leads on MedQA with 86.5%"
  const gap = text.slice(before.end, row.start).replace(/^,\s*(?:which|who|that|fed\s+with|prompted\s+with|paired\s+with|guided\s+by)\b[^,;]{0,70},/, '');
  const asides = new Set(candidates.filter((m, i) => aside(m, i)));
  const between = refs.filter((r) => r.start >= before.end && r.end <= row.start && r.entity.type !== 'Metric' && r !== part && !asides.has(r));
  const onTarget = (r: MentionRef): boolean => kindOf(r.entity) === 'target' && /\b(?:on|in|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(before.end, r.start - 20), r.start));
  if (gap.length > 80) return pronoun();
  // "X outperforms B (81.2% vs. 69.4%)": in a beaten model's bracket pair the first number is the
  // winner's and the second the model's own
  const beatenBefore = beatenBy(text, s, before);
  if (beatenBefore && /^\s*\(\s*$/.test(gap) && VS_NEXT.test(text.slice(row.end, row.end + 16))) {
    const winner = owners.main ?? input.subject;
    return winner && winner !== before.entity ? { model: winner, how: 'before' } : null;
  }
  // "on BRACS (Qwen2.5-VL-7B: 0.802)": a model named inside a bracket owns that number only
  if (/\(\s*$/.test(text.slice(Math.max(s.start, before.start - 3), before.start)) && /^\s*[:=,]?\s*$/.test(gap)) return { model: before.entity, how: 'after' };
  // "MedCPT (average nDCG@10 0.468)": a bracket that opens with the model's own label
  const label = refs.filter((r) => r.entity.type === 'Metric' && r.start >= before.end && r.end <= row.start).reduce((g, r) => g.replace(text.slice(r.start, r.end), ''), gap);
  if (/^\s*\(\s*(?:(?:average|mean|overall|median)\s+)?\s*:?\s*$/i.test(label) && !between.some((r) => r.entity.type !== 'Metric')) return { model: before.entity, how: 'before' };
  // "… a root mean square error (RMSE) of 1.18": a bracketed short form is no gap
  const plain = gap.replace(/\s+(?:on|in|across)\s+(?:the\s+)?\S+/gi, ' ').replace(/\s*\([A-Za-z][\w@.-]{0,15}\)(?=\s+(?:of|:|=|at|was|is))/g, '');
  if (!OWNER_BEFORE.test(plain) || between.some((r) => !onTarget(r))) return pronoun();
  // "(0.866)" right after a beaten model, or "ahead of GPT-4o at 72.1": the number is that model's own
  const bracketed = /^\s*\(|^\s+at\s+$/.test(gap);
  if (!bracketed && beatenBefore) return pronoun();
  return pronoun() ?? { model: before.entity, how: 'before' };
}

/** The benchmark a number reports on: named right after it ("71.5% on MMLU"), else the last one
 * before it in its clause, else the sentence's only benchmark. */
const EVAL_SETUP = /^\s*(?:[A-Z][\w-]*\s+)?(?:we\s+)?(?:benchmark|evaluat|test|assess|compar)\w*\s+[^;]{0,60}?\b(?:on|using|across)\s+(?:the\s+)?$/i;
const FRONTED_SET = /^\s*(?:On|In|Across)\s+(?:the\s+)?$/;

export function targetOf(input: ResultInput, at: Span, strict = false): ResolvedEntity | null {
  const { text, sentence: s, refs } = input;
  const targets = refs.filter((r) => kindOf(r.entity) === 'target' && !input.notScored(r));
  // "… on the emrQA dataset to 0.772 and on n2c2 2018 to 0.961": the set a number rises "to" on owns it
  const risen = targets.find((t) => t.end <= at.start && RISEN_TO.test(text.slice(t.end, at.start)));
  if (risen) return risen.entity;
  const next = targets.find((t) => t.start >= at.end);
  const gap = next ? text.slice(at.end, next.start) : '';
  // "81.2% (MedQA)", "71.5% on MedQA"
  const crosses = /\b(?:but|while|whereas)\b/.test(gap) || refs.some((r) => r.entity.type === 'Model' && r.start >= at.end && r.end <= (next?.start ?? 0));
  if (next && (/^\s*(?:%|\\%)?\s*\(\s*$/.test(gap) || (BEFORE_TARGET.test(gap) && !crosses))) return next.entity;
  const clauseStart = Math.max(s.start, text.lastIndexOf(';', at.start) + 1);
  // "on MedNLI (natural language inference over MIMIC-III notes) its accuracy is 88.4%": a name in a
  // bracket closed before the number only describes the one before it
  const bracketed = (t: Span): boolean => text.lastIndexOf('(', t.start) > text.lastIndexOf(')', t.start) && text.slice(t.end, at.start).includes(')');
  const prior = targets.filter((t) => t.end <= at.start && t.start >= clauseStart && !bracketed(t)).pop();
  // "trails on MedQA at 72.0% but …": a benchmark just before the number wins over a far one after it
  // ("on MedQA and 71.5% on MMLU" starts a new item instead)
  const between = prior ? text.slice(prior.end, at.start) : '';
  if (prior && between.length <= 40 && !/\d|,\s*(?:but|while|whereas)\b|\band\s*$|\band\s+from\s*$/.test(between)) return prior.entity;
  if (next && AFTER_ON.test(gap) && !/\d|\b(?:but|while|whereas)\b/.test(gap)) return next.entity;
  if (strict) return null;
  if (prior) return prior.entity;
  const distinct = new Map(targets.map((t) => [t.entity.key, t.entity]));
  if (distinct.size !== 1) return null;
  // "…, but on MedConceptsQA-Hard it falls to 39.2%": a benchmark in another clause is not this number's
  const only = targets[0]!;
  // "On EvidenceHunt, A reaches …; B achieves 0.53": a fronted set scopes the whole sentence
  if (only.end <= at.start && FRONTED_SET.test(text.slice(s.start, only.start)) && /^[^,;\d]{0,40},/.test(text.slice(only.end, at.start))) return only.entity;
  // "We benchmark 17 systems on EvidRank; even the strongest … obtains 27.9": the set the sentence
  // opens by evaluating on carries across the semicolon
  if (only.end <= at.start && EVAL_SETUP.test(text.slice(s.start, only.start))) return only.entity;
  const span = only.start > at.end ? text.slice(at.end, only.start) : text.slice(only.end, at.start);
  return /;|,\s*(?:but|while|whereas|yet)\b/.test(span) ? null : only.entity;
}

/** "84.9 on AMOS MRI": the number names a benchmark the extractor did not recognise. */
export function namesUnknownTarget(text: string, at: Span): boolean {
  return /^\s*(?:%|\\%)?\s*(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?[A-Z][\w-]*[A-Z0-9]/.test(text.slice(at.end, at.end + 60));
}

/** "… and 71.5% on MMLU", "… and on X (0.912)": the number names its own benchmark. */
export function tiedTarget(input: ResultInput, row: Span, prevEnd: number): boolean {
  const { text, refs } = input;
  return refs.some((r) => kindOf(r.entity) === 'target' && (
    (r.start >= row.end && (AFTER_ON.test(text.slice(row.end, r.start)) || /^\s*(?:%|\\%)?\s*\(\s*$/.test(text.slice(row.end, r.start)))) ||
    // "… and on the chest radiograph subset of the RSNA Pneumonia Challenge an AUC of 0.87"
    (r.start >= prevEnd && r.end <= row.start && /\b(?:on|in|across)\s+[^,;\d]{0,45}$/i.test(text.slice(Math.max(prevEnd, r.start - 50), r.start)))));
}

/** The metric named for a number: the nearest metric mention within a few characters that is not
 * nearer to another number, else the sentence's only metric. */
export function metricOf(input: ResultInput, at: Span, nearOnly = false): ResolvedEntity | null {
  const metrics = input.refs.filter((r) => r.entity.type === 'Metric');
  const dist = (m: Span, x: Span): number => (m.start >= x.end ? m.start - x.end : Math.max(0, x.start - m.end));
  const mine = (m: Span): boolean => headedScore(input.text, m, at) ?? input.scores.every((sc) => sc.start === at.start || dist(m, sc) >= dist(m, at));
  const near = metrics.filter((m) => dist(m, at) <= 30 && mine(m)).sort((a, b) => dist(a, at) - dist(b, at))[0];
  if (near || nearOnly) return near?.entity ?? null;
  const distinct = new Map(metrics.map((m) => [m.entity.key, m.entity]));
  return distinct.size === 1 ? [...distinct.values()][0]! : null;
}

/** A model named as a part of the system scored ("with GPT-4o as the planner", "CONCH patch features"). */
export function isComponent(text: string, ref: Span): boolean {
  return COMPONENT_AFTER.test(text.slice(ref.end, ref.end + 30));
}

/** The model a sentence is about: its first model that is neither beaten nor a component. */
export function sentenceSubject(text: string, s: Span, refs: MentionRef[]): ResolvedEntity | null {
  // "… the model averages 66.8%, outperforming … Meditron-7B": the sentence is about an unnamed model
  // (the one an earlier sentence named), not about the first model it mentions
  const first = refs.find((r) => r.entity.type === 'Model');
  // ("The resulting model, NurseIns-Llama 3.1, …" names it right away)
  if (first && /(?:\b(?:the|our|this)\s+(?:proposed\s+|resulting\s+|new\s+)?model\b(?!\s*,?\s*$)|(?:^|[,;:]\s*)it\s)/i.test(text.slice(s.start, first.start))) return null;
  // ("… against 59.1% / 0.483 for HuatuoGPT-o1-7B": a baseline holding its own numbers is no subject)
  const free = refs.find((r) => r.entity.type === 'Model' && !COMPONENT_AFTER.test(text.slice(r.end, r.end + 30)) && !BEATEN.test(text.slice(Math.max(s.start, r.start - 60), r.start)) && !/\d\s*%?\s*for\s+(?:the\s+)?$/.test(text.slice(Math.max(s.start, r.start - 20), r.start)));
  return free?.entity ?? null;
}

