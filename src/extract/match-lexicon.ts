// Lexicon spans: longest-match lookup of word-token sequences in the alias index. Words may be joined
// by short punctuation runs (`Med-PaLM 2`, `MedQA (USMLE)`, `nDCG@10`); a hit inside a longer
// hyphenated name (`CRISP-SAM2`) or inside a URL is rejected; model families grow version suffixes.
import type { LexiconEntry } from '../schema/lexicon.ts';
import type { Lexicon } from './lexicon.ts';
import { caseForm, discoveredKey } from './normalize.ts';
import type { Span, Token } from './text.ts';

export interface LexMention extends Span {
  text: string;
  entry: LexiconEntry;
  /** lexicon key, or a discovered key when a family name grew a version (`Gemma 3 4B`) */
  key: string;
  /** a family member the lexicon does not list */
  extended: boolean;
}

const GAP_CHARS = new Set([...' -_./:@&\'’()^{}']);

/** Words of one name may be joined by 1–3 characters of light punctuation or spaces. */
function gapOk(text: string, from: number, to: number): boolean {
  if (to - from > 3 || to === from) return false;
  for (let k = from; k < to; k++) if (!GAP_CHARS.has(text[k]!)) return false;
  return true;
}

/** A decimal release has a one-digit major ("Llama 3.1"); "GPT-4 64.9" and "Claude 3.5 Sonnet 0.617" in a
 * results list are scores. */
const VERSION_SUFFIX =
  /^(?:[ -](?:[1-9](?:\.\d{1,2})+[a-z]?|\d+[a-z]?(?!\.\d|\d)|\d+(?:\.\d+)?[BbMmKk]|v\d+(?:\.\d+)*|Pro|Flash|Ultra|Nano|Turbo|mini|Mini|Sonnet|Opus|Haiku|Instruct|Chat|Vision|VL|Plus|Max|Lite|Preview|Thinking))+(?![A-Za-z0-9%]|\.\d)/;

const NAMED_SUFFIX =
  /^(?:[ -](?:Pro|Flash|Ultra|Nano|Turbo|mini|Mini|Sonnet|Opus|Haiku|Instruct|Chat|Thinking|Preview|v\d+(?:\.\d+)*))+(?![A-Za-z0-9%]|\.\d)|^ \d(?:\.\d)?(?![\w%]|\.\d|\s*(?:%|percent|times|layers?|points?|tasks?|datasets?|models?|benchmarks?|of|out|and\s+\d|or\s+\d|[,–-]\s*\d))/;

/** A challenge or data release year after a dataset/benchmark name ("BraTS 2023", "MIDOG 2022"). */
const EDITION_YEAR = /^[ -](?:19|20)\d\d(?![\w%]|\s*[–-]\s*\d|\.\d)/;
/** "RSNA Pneumonia Challenge 2018": a capitalised Challenge is part of the name; a plain lower-case
 * "the M&Ms challenge" is a head noun and is dropped, like "the MIMIC-III database" (the lexicon lists
 * the forms a challenge is known by, such as "LiTS challenge"). */
const CHALLENGE = /^ Challenge(?: (?:19|20)\d\d)?(?![\w-])/;

/** The key of a plural's singular: "accuracies" → "accuracy", "indices" → "index", "scores" → "score". */
function singularKey(key: string): string {
  if (key.endsWith('ices')) return key.slice(0, -4) + 'ex';
  if (key.endsWith('ies')) return key.slice(0, -3) + 'y';
  return key.endsWith('ss') ? key : key.slice(0, -1);
}

/** A one- or two-digit release number after a data set's name ("M&Ms-2"), not a range or a year. */
const DATA_RELEASE = /^-\d{1,2}(?![\w-]|\.\d)/;

function insideAny(spans: Span[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return true;
  return false;
}

/** True when the span is only a piece of a longer hyphenated name (`CRISP-SAM2`, `SAM-Med2D`). */
function partOfLongerName(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if ((before === '-' || before === '_') && /[A-Za-z0-9]/.test(text[start - 2] ?? '')) return true;
  const after = text[end];
  if ((after === '-' || after === '_') && /[A-Z0-9]/.test(text[end + 1] ?? '')) return true;
  // "MIMIC-III full-code evaluation": a name ending in a lower-case word that goes on as a compound
  if (after === '-' && /[a-z]/.test(text[end + 1] ?? '') && /\s[a-z]+$/.test(text.slice(start, end))) return true;
  return /[A-Za-z0-9]/.test(before ?? '') || /[A-Za-z0-9]/.test(after ?? '');
}

function closeParen(text: string, start: number, end: number): number {
  const inner = text.slice(start, end);
  for (const [open, close] of [['(', ')'], ['{', '}']] as const) {
    if (inner.split(open).length > inner.split(close).length && text[end] === close) return end + 1;
  }
  return end;
}

export function matchLexicon(text: string, tokens: Token[], lexicon: Lexicon, blocked: Span[]): LexMention[] {
  const mentions: LexMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    if (insideAny(blocked, first.start)) {
      i++;
      continue;
    }
    let key = '';
    let bracketed = false;
    let best: { last: number; entry: LexiconEntry } | null = null;
    for (let j = i; j < tokens.length && j < i + lexicon.maxWords; j++) {
      const tok = tokens[j]!;
      if (j > i) {
        const from = tokens[j - 1]!.end;
        if (!gapOk(text, from, tok.start)) break;
        for (let k = from; k < tok.start; k++) if (text[k] === '(' || text[k] === '{') bracketed = true;
      }
      key += tok.key;
      let hit = lexicon.byKey.get(key);
      // a plural measure ("accuracies", "surface distances") is the measure itself
      let plural = false;
      // ("scores" stays out: "Dice scores" is read as before, "GPT-4o scores 77.3" is a verb; a plural
      // acronym such as "MAEs" is more often a plural model name than a measure)
      if (!hit && tok.key.length > 3 && tok.key.charCodeAt(tok.key.length - 1) === 115 && tok.key !== 'scores') {
        const single = lexicon.byKey.get(singularKey(key));
        if (single && single.entry.types[0] === 'Metric' && (!single.caseForms || (singularKey(key).length === key.length - 1 && !/^[A-Z]{2,}s$/.test(text.slice(first.start, tok.end)) && single.caseForms.has(caseForm(text.slice(first.start, tok.end - 1)))))) {
          hit = single;
          plural = true;
        }
      }
      if (hit) {
        let ok = true;
        if (bracketed) {
          const surface = text.slice(first.start, tok.end);
          ok =
            (surface.split('(').length === surface.split(')').length || text[tok.end] === ')') &&
            (surface.split('{').length === surface.split('}').length || text[tok.end] === '}');
        }
        if (ok && hit.caseForms) ok = hit.caseForms.has(caseForm(text.slice(first.start, plural ? tok.end - 1 : tok.end)));
        // "Claude-3" inside "Claude-3.5": the release number goes on, so a shorter hit may grow instead
        if (ok && text[tok.end] === '.' && /\d/.test(text[tok.end + 1] ?? '') && /\d$/.test(tok.key)) ok = false;
        if (ok) best = { last: j, entry: hit.entry };
      }
      if (!lexicon.prefixes.has(key)) break;
    }
    if (!best) {
      i++;
      continue;
    }
    const start = first.start;
    let end = closeParen(text, start, tokens[best.last]!.end);
    // "M&Ms-2" after "M&Ms": a numbered release of a known data set is its own entity
    const release = best.entry.types[0] === 'Dataset' || best.entry.types[0] === 'Benchmark' ? DATA_RELEASE.exec(text.slice(end, end + 5)) : null;
    if (release && !partOfLongerName(text, start, end + release[0].length)) {
      const surface = text.slice(start, end + release[0].length);
      mentions.push({ start, end: end + release[0].length, text: surface, entry: best.entry, key: discoveredKey(surface), extended: true });
      while (i < tokens.length && tokens[i]!.start < end + release[0].length) i++;
      continue;
    }
    if (partOfLongerName(text, start, end)) {
      i++;
      continue;
    }
    let extended = false;
    // any model may carry a release number the lexicon lacks ("Med-PaLM 2", "LLaVA 1.5")
    if (best.entry.types[0] === 'Model') {
      const grown = (best.entry.family ? VERSION_SUFFIX : NAMED_SUFFIX).exec(text.slice(end, end + 40));
      // "MIRAGE 1) decomposes …" numbers steps, not releases
      const step = grown && /^ \d/.test(grown[0]) && text[end + grown[0].length] === ')' && text.lastIndexOf('(', start) <= text.lastIndexOf(')', start);
      if (grown && !step) {
        end += grown[0].length;
        extended = true;
      }
    } else if (best.entry.types[0] !== 'Metric') {
      // the edition stays the same entity: the key is kept, the year only widens the surface
      const edition = EDITION_YEAR.exec(text.slice(end, end + 8)) ?? CHALLENGE.exec(text.slice(end, end + 16));
      if (edition) end += edition[0].length;
    }
    const surface = text.slice(start, end);
    mentions.push({ start, end, text: surface, entry: best.entry, key: extended ? discoveredKey(surface) : best.entry.key, extended });
    while (i < tokens.length && tokens[i]!.start < end) i++;
  }
  return mentions;
}
