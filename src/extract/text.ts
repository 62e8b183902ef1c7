// Fast text layout for one abstract: sentence spans and word tokens with character offsets. Hand
// written (no NLP library) because it runs on every abstract and must stay well under a millisecond.

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** lower-cased letters/digits of the token (and trailing `+`) */
  key: string;
}

const ABBREVIATIONS = new Set(['e.g', 'i.e', 'et al', 'vs', 'fig', 'figs', 'eq', 'approx', 'dr', 'no', 'cf', 'resp', 'ref', 'al', 'u.s', 'inc', 'ltd', 'st', 'mr', 'ms', 'prof', 'sec']);

function endsWithAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z.]/.test(text[i]!)) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  const two = text.slice(Math.max(0, dot - 5), dot).toLowerCase();
  return two.endsWith('et al');
}

/** Sentences: split after . ! ? (plus closing quotes/brackets) before whitespace and an upper-case
 * letter, digit or opening bracket; the newline between title and abstract always splits. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number): void => {
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const i = m.index;
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < n && (text[j] === '"' || text[j] === ')' || text[j] === "'" || text[j] === '”')) j++;
    if (j >= n || !isSpace(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= n || !SENTENCE_START.test(text[k]!)) continue;
    if (ch === '.' && endsWithAbbreviation(text, i)) continue;
    push(j);
    start = j;
  }
  push(n);
  return spans;
}

const BOUNDARY = /[.!?\n]/g;
const SENTENCE_START = /[A-Z0-9("“[]/;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Word tokens: maximal runs of ASCII letters/digits, a trailing `+` run kept in the key. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  const folded = text.toLowerCase();
  // lower-casing can change the length of some non-ASCII text; then fold token by token
  const lower = folded.length === text.length ? folded : null;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    let end = i;
    while (end < n && text[end] === '+') end++;
    tokens.push({ start, end, key: lower ? lower.slice(start, end) : text.slice(start, end).toLowerCase() });
    i = end;
  }
  return tokens;
}

/** Index of the sentence containing offset `at` (binary search). */
export function sentenceAt(sentences: Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
