// Resolution within one paper: merge lexicon hits and discovered names, spread discovered names to
// all their occurrences, link acronyms, drop loose uses of common-word metrics, and group mentions
// by key into entities (name = fullest surface form, aliases = the other forms, type + roles).
import type { Entity, EntityType } from '../schema/index.ts';
import { bracketedShortForms, linkAcronyms } from './acronyms.ts';
import { overlaps, type Found } from './found.ts';
import type { LexMention } from './match-lexicon.ts';
import { nameKey } from './normalize.ts';
import { sentenceAt, type Span } from './text.ts';

export interface ResolvedEntity extends Entity {
  /** the paper proposes it */
  introduced: boolean;
  /** first mention offset, for ordering */
  first: number;
}

const NUMBER_NEAR = /\d+(?:\.\d+)?\s*%|(?:^|[^\w.])\d*\.\d+(?!\w|\.\d)|\b\d{1,3}(?:\.\d+)?\s*(?:points?|pts)\b/;
/** Qualifiers that narrow a measure into its own ("balanced accuracy", "exact-match accuracy",
 * "closed-ended accuracy", "object-level F1 score"); the bare measure stays an alias. */
const METRIC_MODIFIER = /(?<![\w-])(diagnostic|factual|balanced|top-\d|top-k|micro|macro|attack|[a-z]+-(?:match|ended|level|shot|wise))[ -]$/i;

function mergeSame(items: Found[]): Found[] {
  const byPos = new Map<number, Found>();
  for (const f of items) {
    const id = f.start * 65536 + (f.end - f.start);
    const prior = byPos.get(id);
    if (!prior) byPos.set(id, { ...f, hints: [...f.hints] });
    else {
      prior.hints.push(...f.hints);
      prior.introduced ||= f.introduced;
      if (prior.key.startsWith('n:') && !f.key.startsWith('n:')) prior.key = f.key;
    }
  }
  // drop mentions nested inside a longer one
  const all = [...byPos.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let last: Found | undefined;
  for (const f of all) {
    const outer = last && overlaps(last, f) ? last : undefined;
    if (!outer) {
      kept.push(f);
      last = f;
    } else if (outer.key === f.key) {
      outer.hints.push(...f.hints);
      outer.introduced ||= f.introduced;
    }
  }
  return kept;
}

/** First index in sorted `xs` whose value is ≥ `x`. */
function lowerBound(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

/** Every further occurrence of a discovered name (same surface, whole word) becomes a mention too. */
function propagate(text: string, found: Found[], blocked: Span[], titleEnd: number): Found[] {
  const surfaces = new Map<string, Found>();
  for (const f of found) if (f.key.startsWith('n:') || !f.lex) surfaces.set(f.text, f);
  const extra: Found[] = [];
  for (const [surface, like] of surfaces) {
    for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (isWordChar(text[at - 1]) || isWordChar(text[end]) || (text[end] === '-' && isWordChar(text[end + 1]))) continue;
      if (text[at - 1] === '-' && isWordChar(text[at - 2])) continue;
      const span = { start: at, end };
      if (blocked.some((b) => overlaps(b, span))) continue;
      if (at < titleEnd && like.start >= titleEnd && !/[A-Z\d]/.test(surface.slice(1))) continue;
      extra.push({ ...span, text: surface, key: like.key, lex: like.lex, hints: [], introduced: false });
    }
  }
  return extra;
}

/** Common-word metrics ("accuracy", "recall") count only with a reported number nearby. */
/** "(BraTS) 2021 Challenge" read from inside a bracket: a surface stops at a bracket it never opened. */
function closedAtBracket(f: Found): Found[] {
  const close = f.text.indexOf(')');
  if (close < 0 || f.text.slice(0, close).includes('(')) return [f];
  return close < 2 ? [] : [{ ...f, end: f.start + close, text: f.text.slice(0, close) }];
}

function metricInUse(text: string, f: Found, sentences: Span[], namedMetricStarts: number[]): boolean {
  if (!f.lex?.common) return true;
  // listed with a named measure ("evaluated via F1-Score, Exact Match, Precision and Recall")
  const k = lowerBound(namedMetricStarts, f.start - 59);
  if (k < namedMetricStarts.length && namedMetricStarts[k]! < f.start + 60) return true;
  const s = sentences[sentenceAt(sentences, f.start)] ?? { start: 0, end: text.length };
  const window = text.slice(Math.max(s.start, f.start - 70), Math.min(s.end, f.end + 70));
  return NUMBER_NEAR.test(window);
}

function widenMetric(text: string, f: Found): Found {
  if (f.lex?.types[0] !== 'Metric') return f;
  // "Dice scores of 0.972": the measure is written with its head noun ("Dice score" as the gold names it)
  const head = /^[ -]scores?\b/.exec(text.slice(f.end, f.end + 8));
  if (head && !/scores?$/i.test(f.text)) f = { ...f, end: f.end + head[0].length, text: text.slice(f.start, f.end + head[0].length) };
  const m = METRIC_MODIFIER.exec(text.slice(Math.max(0, f.start - 16), f.start));
  if (!m || !/accurac|success rate|^recall|^F1/i.test(f.text)) return f;
  const start = f.start - m[0].length;
  return { ...f, start, text: text.slice(start, f.end) };
}

const LETTERS = /[^a-z0-9]+/g;

/** "accuracies" → "accuracy", "concordance indices" → "concordance index", when the singular is a
 * form of the lexicon measure (so "Precision" or "ROUGE-Ls" are never cut). */
function singularMetric(name: string, lexName: string, aliases: readonly string[]): string {
  const single = name.replace(/ices$/, 'ex').replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
  if (single === name) return name;
  const key = single.toLowerCase().replace(LETTERS, '');
  const forms = [lexName, ...aliases].map((f) => f.toLowerCase().replace(LETTERS, ''));
  return forms.some((f) => key.endsWith(f)) ? single : name;
}

/** "the MIRAGE benchmark", "the TotalSegmentator dataset": a head noun right after the name. */
const DATA_HEAD_AFTER = /^\s+(?:(benchmark|challenge|leaderboard)|dataset|corpus|database|cohort)\b/i;

function chooseType(group: Found[], text: string): { type: EntityType; roles: EntityType[] } {
  const lex = group.find((f) => f.lex)?.lex ?? null;
  // a name the lexicon knows as a model that this paper calls a benchmark or dataset is that here
  if (lex?.types[0] === 'Model') {
    const head = group.map((f) => DATA_HEAD_AFTER.exec(text.slice(f.end, f.end + 14))).find((m) => m);
    if (head) return head[1] ? { type: 'Benchmark', roles: ['Benchmark', 'Dataset'] } : { type: 'Dataset', roles: ['Dataset'] };
  }
  const counts = new Map<EntityType, number>();
  for (const f of group) for (const h of f.hints) counts.set(h, (counts.get(h) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
  if (lex) {
    const allowed = lex.types;
    const fixed = allowed[0] === 'Model' || allowed[0] === 'Metric';
    const hinted = ranked.filter((t) => (fixed ? allowed.includes(t) : t !== 'Model' && t !== 'Metric'));
    const type = hinted[0] ?? allowed[0]!;
    const roles = new Set<EntityType>([type, ...hinted, ...(fixed ? [] : allowed)]);
    return { type, roles: [...roles] };
  }
  const type = ranked[0] ?? 'Model';
  return { type, roles: [...new Set<EntityType>([type, ...ranked])] };
}

export function resolveEntities(input: {
  text: string;
  titleEnd: number;
  sentences: Span[];
  blocked: Span[];
  lexMentions: LexMention[];
  found: Found[];
}): ResolvedEntity[] {
  const { text, sentences, blocked } = input;
  const base: Found[] = input.lexMentions.map((m) => ({ start: m.start, end: m.end, text: m.text, key: m.key, lex: m.entry, hints: [], introduced: false }));
  let all = mergeSame([...base, ...input.found].flatMap((f) => closedAtBracket(f)));
  all = mergeSame([...all, ...propagate(text, all, blocked, input.titleEnd)]);
  all = mergeSame([...all, ...linkAcronyms(text, all)]);
  all = mergeSame(bracketedShortForms(text, all));
  const namedMetricStarts = all.filter((f) => f.lex?.types[0] === 'Metric' && !f.lex.common).map((f) => f.start).sort((a, b) => a - b);
  let widened = false;
  all = all.filter((f) => metricInUse(text, f, sentences, namedMetricStarts)).map((f) => {
    const wide = widenMetric(text, f);
    widened ||= wide !== f;
    return wide;
  });
  // a measure the qualifier swallowed ("exact-match" of "exact-match accuracy") is no entity of its own
  if (widened) all = mergeSame(all);

  all = splitTunedReleases(all);
  const groups = new Map<string, Found[]>();
  for (const f of all) {
    const list = groups.get(f.key);
    if (list) list.push(f);
    else groups.set(f.key, [f]);
  }
  const entities: ResolvedEntity[] = [];
  for (const [key, group] of groups) {
    const surfaces = [...new Set(group.map((f) => f.text))];
    let name = surfaces.reduce((best, s) => (nameKey(s).length > nameKey(best).length ? s : best), surfaces[0]!);
    const lex = group.find((f) => f.lex)?.lex;
    if (lex?.types[0] === 'Metric') {
      // "F1 scores" is named in the singular; its bare head ("F1") is another form of the same measure
      const singular = singularMetric(name.replace(/\b(score|metric|coefficient|rate)s$/i, '$1'), lex.name, lex.aliases);
      const bare = singular.replace(/[\s-]+scores?$/i, '');
      if (singular !== name) surfaces.push(singular);
      if (bare !== singular && bare.length > 1) surfaces.push(bare);
      name = singular;
    }
    const { type, roles } = chooseType(group, text);
    entities.push({
      type,
      name,
      key,
      roles,
      aliases: [...new Set(surfaces.filter((s) => s !== name))],
      mentions: group.map((f) => ({ start: f.start, end: f.end, text: f.text })).sort((a, b) => a.start - b.start),
      introduced: group.some((f) => f.introduced),
      first: Math.min(...group.map((f) => f.start)),
    });
  }
  return foldTitleShortNames(foldBareMetrics(entities), input.titleEnd).sort((a, b) => a.first - b.first);
}

/** "Sprig: …" in the title and only "Sprig-3B" in the abstract: a title short name whose one and only
 * extended form the abstract uses is that artifact (kept as an alias), not a family of its own. */
function foldTitleShortNames(entities: ResolvedEntity[], titleEnd: number): ResolvedEntity[] {
  const folded = new Set<ResolvedEntity>();
  for (const short of entities) {
    if (!short.introduced || short.type === 'Metric' || short.mentions.some((m) => m.end > titleEnd)) continue;
    // "M3D: …" with M3D-LaMed, M3D-Bench and M3D-Data is an umbrella name, not a short form
    const longer = entities.filter((e) => e !== short && new RegExp(`^${short.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[- ][A-Za-z0-9]`).test(e.name));
    if (longer.length !== 1 || longer[0]!.type !== short.type) continue;
    const into = longer[0]!;
    into.mentions = [...short.mentions, ...into.mentions].sort((a, b) => a.start - b.start);
    into.aliases = [...new Set([...into.aliases, short.name, ...short.aliases])].filter((a) => a !== into.name);
    into.first = Math.min(into.first, short.first);
    into.introduced = true;
    folded.add(short);
  }
  return folded.size ? entities.filter((e) => !folded.has(e)) : entities;
}

/** "its kappa is 0.861" after "a quadratic weighted kappa of 0.912": a bare measure that only one
 * qualified measure of the paper ends with is a short form of it (kept as an alias). */
function foldBareMetrics(entities: ResolvedEntity[]): ResolvedEntity[] {
  const metrics = entities.filter((e) => e.type === 'Metric');
  if (metrics.length < 2) return entities;
  const folded = new Set<ResolvedEntity>();
  for (const bare of metrics) {
    const tail = ` ${bare.name.toLowerCase()}`;
    // only a short form used after the qualified measure ("Dice scores …; Surface Dice at 2 mm" are two)
    const wider = metrics.filter((m) => m !== bare && !folded.has(m) && m.name.toLowerCase().endsWith(tail) && m.first < bare.first);
    if (wider.length !== 1) continue;
    const into = wider[0]!;
    into.mentions = [...into.mentions, ...bare.mentions].sort((a, b) => a.start - b.start);
    into.aliases = [...new Set([...into.aliases, bare.name, ...bare.aliases])].filter((a) => a !== into.name);
    into.first = Math.min(into.first, bare.first);
    folded.add(bare);
  }
  return folded.size ? entities.filter((e) => !folded.has(e)) : entities;
}

/** "-Instruct", "-Chat", "-it", optionally with a release ("-Instruct-v0.2") */
const TUNED_SUFFIX = /[-\s](?:Instruct|Chat|it)(?:[-\s]v?\d+(?:\.\d+)*)?$/;

/** "Qwen2.5-72B and its chat-aligned counterpart, Qwen2.5-72B-Instruct": a paper that names a base model
 * and its instruction-tuned release keeps them apart, though the lexicon lists one as a form of the other. */
function splitTunedReleases(all: Found[]): Found[] {
  const plain = new Set(all.filter((f) => f.lex && !TUNED_SUFFIX.test(f.text)).map((f) => f.key));
  if (!plain.size) return all;
  return all.map((f) => (f.lex && plain.has(f.key) && TUNED_SUFFIX.test(f.text) ? { ...f, key: `${f.key}~tuned` } : f));
}
