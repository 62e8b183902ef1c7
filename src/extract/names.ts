// Candidate names at a position: a lexicon mention, a coined single word (`MedTVT-R1`), a capitalised
// non-English word (`Merlin`) or a Title-Case phrase defined with an acronym ("Knowledge to Sight
// (K2Sight)"). Also reads the paper's own artifact from a title prefix ("CuNeRF: Cube-Based …").
import { isEnglishWord, isNameLike } from './english.ts';
import type { LexMention } from './match-lexicon.ts';
import { hasNameShape, isAcronym, isGeneric } from './shapes.ts';
import type { Span } from './text.ts';

export interface NameSpan extends Span {
  text: string;
  /** the lexicon mention found at this position, if any */
  lex: LexMention | null;
  /** acronym given in brackets right after a phrase, with its offsets */
  acronym: (Span & { text: string }) | null;
  /** how the name looks: coined (shape), acronym, capitalised word, phrase */
  shape: 'lexicon' | 'coined' | 'acronym' | 'capitalised' | 'phrase';
}

const WORD = /[A-Za-z0-9][A-Za-z0-9+]*(?:[-.:][A-Za-z0-9+]+)*/y;
const PHRASE_WORD = /(?:[A-Z][A-Za-z0-9-]*|[a-z][a-z-]*)/y;

/** Uppercase letters an acronym stands for must appear, in order, among the phrase's capitals/initials. */
export function acronymFits(acronym: string, phrase: string): boolean {
  // in a mixed-case acronym only the capitals stand for words ("SL-HyDE": S, L, H, D, E)
  const letters = /[A-Z].*[a-z]|[a-z].*[A-Z]/.test(acronym) ? acronym.replace(/[^A-Z]/g, '') : acronym.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2) return false;
  const initials = phrase
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^A-Za-z]/g, ''))
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).replace(/[^A-Z]/g, ''))
    .join('');
  const phraseFirst = initials[0];
  if (!phraseFirst || phraseFirst !== letters[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = initials.indexOf(ch, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

const LOWER_HEAD = /^(?:benchmark|dataset|corpus|database|challenge|collection|suite)$/;

function phraseWithAcronym(text: string, pos: number): NameSpan | null {
  const words: Span[] = [];
  let at = pos;
  for (let k = 0; k < 10; k++) {
    PHRASE_WORD.lastIndex = at;
    const m = PHRASE_WORD.exec(text);
    if (!m || !/[\s(]/.test(text[at + m[0].length] ?? '')) break;
    words.push({ start: at, end: at + m[0].length });
    at += m[0].length;
    while (text[at] === ' ') at++;
    if (text[at] === '(') {
      const close = text.indexOf(')', at);
      const acro = close > at ? text.slice(at + 1, close) : '';
      const last = text.slice(words[words.length - 1]!.start, words[words.length - 1]!.end);
      if (words.length >= 2 && last.length > 1 && /^[A-Za-z0-9][A-Za-z0-9-]{1,15}$/.test(acro)) {
        // "the Retina Evidence and Findings VQA benchmark (REF-VQA)": a lower-case head noun is dropped
        const headless = words.length >= 3 && LOWER_HEAD.test(last) && acronymFits(acro, text.slice(pos, words[words.length - 2]!.end));
        const end = words[words.length - (headless ? 2 : 1)]!.end;
        const phrase = text.slice(pos, end);
        // "the Medical Triage Multi-Agent System (TriageMAS)": the acronym may skip a leading capitalised word
        // of the name; the fullest form is still the name
        const fits = acronymFits(acro, phrase) || [1, 2].some((d) => words.length - (headless ? 2 : 1) - d >= 1 && /^[A-Z][a-z]/.test(text.slice(words[d - 1]!.start, words[d - 1]!.end)) && acronymFits(acro, text.slice(words[d]!.start, end)));
        if (fits && /[A-Z]/.test(acro)) {
          return {
            start: pos,
            end,
            text: phrase,
            lex: null,
            acronym: { start: at + 1, end: close, text: acro },
            shape: 'phrase',
          };
        }
      }
      return null;
    }
  }
  return null;
}

/** The name starting at `pos` (after optional quotes), or null. `strong` contexts accept
 * acronyms and capitalised non-English words; weak ones only lexicon hits and coined shapes. */
export function nameAt(text: string, pos: number, lexAt: Map<number, LexMention>, strong: boolean): NameSpan | null {
  while (text[pos] === '"' || text[pos] === '“' || text[pos] === "'") pos++;
  const lex = lexAt.get(pos);
  // "the BMJ Case Image Challenge", "the Derm Tumor Board Challenge": a Title-Case collection name
  // (not where it is only a source: "cases from the JAMA Ophthalmology Clinical Challenge")
  // (nor a tail of a longer capitalised run: "JAMA Ophthalmology Clinical Challenge" read from its second word)
  const lead = text.slice(Math.max(0, pos - 24), pos);
  const titled = strong && !/\bfrom\s+(?:the\s+)?$/i.test(lead) && !/[A-Z][\w&'-]*\s+$/.test(lead) ? TITLED_COLLECTION.exec(text.slice(pos, pos + 90)) : null;
  if (titled && (!lex || lex.end < pos + titled[0].length) && !titled[0].split(/\s+/).slice(0, -1).every((w) => isEnglishWord(w) || isGeneric(w))) {
    return { start: pos, end: pos + titled[0].length, text: titled[0], lex: null, acronym: null, shape: 'phrase' };
  }
  if (lex) return { start: lex.start, end: lex.end, text: lex.text, lex, acronym: null, shape: 'lexicon' };
  if (strong && /[A-Z]/.test(text[pos] ?? '')) {
    const phrase = phraseWithAcronym(text, pos);
    if (phrase) return phrase;
  }
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  if (!m) return null;
  let word = m[0].replace(/[.:]+$/, '');
  if (word.includes(':') && !/^[A-Za-z0-9.]+:\d+[A-Za-z]$/.test(word)) word = word.split(':')[0]!;
  const span = { start: pos, end: pos + word.length, text: word, lex: null, acronym: null };
  if (isGeneric(word)) return null;
  if (hasNameShape(word)) return withVersion(text, { ...span, shape: 'coined' });
  if (!strong) return null;
  if (isAcronym(word) && word.length <= 12) return { ...span, shape: 'acronym' };
  if (isNameLike(word)) return { ...span, shape: 'capitalised' };
  // "termed Open-Tables": a capitalised hyphenated compound of ordinary words, named by its context
  if (/^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/.test(word)) return withVersion(text, { ...span, shape: 'capitalised' });
  return null;
}

const TITLED_COLLECTION = /^(?:[A-Z][\w&'-]*\s+){1,5}(?:Challenge|Benchmark|Dataset|Corpus|Database|Question Bank)(?![\w-])(?!\s+[(A-Z0-9])/;

/** "MentalBERT 0.71": a 0.xx after a name is a score, never a release. */
const VERSION = /^ (?:(?!0\.\d\d)\d(?:\.\d{1,2})*|(?:19|20)\d\d|v\d+(?:\.\d+)*)(?![\w%]|\.\d|\s*(?:%|percent|times|billion|million))/;

/** A coined name followed by a version number is one name ("Med-PaLM 2", "CardioNet v2"). */
export function withVersion(text: string, name: NameSpan): NameSpan {
  const m = VERSION.exec(text.slice(name.end, name.end + 16));
  if (!m) return name;
  const end = name.end + m[0].length;
  return { ...name, end, text: text.slice(name.start, end) };
}

const TITLE_DESCRIPTOR = /\s+(?:Technical Report|Dataset|Database|Benchmark|Challenge|Corpus)$/i;

/** "We present Lumen, …", "Sundial, a transformer …": the abstract introduces a plain word of the title as a name. */
function introducedInAbstract(word: string, abstract: string): boolean {
  const intro = new RegExp(`\\b(?:[Ww]e\\s+(?:present|introduce|propose|develop|build|release)|termed|called|named|dubbed)\\s+(?:the\\s+)?${word}\\b|(?:^|[.!?]\\s+)${word},\\s+(?:an?|the)\\s`);
  return intro.test(abstract);
}

/** The paper's own artifact named by the title: "X: …", "X, a …", "X Technical Report", or a
 * title that is just a name. Returns the name text(s) and where they sit in the title. A plain English
 * word ("Lumen:") counts only when the abstract introduces it as a name. */
export function titleNames(title: string, abstract = ''): { text: string; start: number }[] {
  let prefix = title;
  const cut = /:|,\s+an?\s|\s+--?\s|\s+—\s/.exec(title);
  if (cut) prefix = title.slice(0, cut.index);
  else if (!TITLE_DESCRIPTOR.test(title) && title.trim().split(/\s+/).length > 1) return [];
  prefix = prefix.replace(/\s*\([^)]*\)\s*$/, '');
  for (let k = 0; k < 2; k++) prefix = prefix.replace(TITLE_DESCRIPTOR, '');
  if (prefix.trim().split(/\s+/).length > 7) return [];
  const parts = prefix.split(/\s+(?:&|and)\s+/);
  const names: { text: string; start: number }[] = [];
  let from = 0;
  for (const part of parts) {
    // "MedQA Revisited", "CheXpert Reloaded": a trailing participle comments on the name
    const participle = /\s+([A-Z][a-z]+ed)$/.exec(part.trim());
    const text = participle && isEnglishWord(participle[1]!) ? part.trim().slice(0, participle.index) : part.trim();
    const start = title.indexOf(text, from);
    from = start + text.length;
    const words = text.split(/\s+/);
    if (!text || words.length > 3) continue;
    // "Lumen-CXR: …", "Sentinel-ECG: …": a capitalised word joined to an acronym names the artifact
    const coined = words.some((w) => hasNameShape(w) || (isAcronym(w) && w.length >= 3) || (words.length === 1 && /^[A-Z][a-z]+-[A-Z]{2,}\d*$/.test(w)));
    const last = words[words.length - 1]!;
    // "MedNet 2", "Loom v2", "Aurora v1.5": a capitalised name and its release
    const versioned = words.length > 1 && words.slice(0, -1).every((w) => /^[A-Z0-9]/.test(w)) && (/^[A-Z0-9]/.test(last) ? /\d/.test(last) : /^v\d+(?:\.\d+)*$/.test(last));
    const single = words.length === 1 && /^[A-Z]\w{2,}/.test(text) && !isGeneric(text) && (!isEnglishWord(text) || introducedInAbstract(text, abstract));
    const lowerCoined = words.length === 1 && /^[a-z]+\d|^[a-z]+[A-Z]/.test(text);
    if ((coined || versioned || single || lowerCoined) && !words.every((w) => isGeneric(w))) names.push({ text, start });
  }
  return names;
}
