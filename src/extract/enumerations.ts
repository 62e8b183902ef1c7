// Enumerations after a head noun: "LLMs, including ERNIE 4, ChatGLM 4 and Spark 4", "three
// benchmarks (GenMedGPT-5k, CMCQA, and ExplainCPE)", "datasets such as MIMIC III and BC5CDR",
// "metrics (ROUGE, BERTScore, BLEURT)". The head says what every listed name is, so names the
// lexicon lacks (multi-word, versioned, plain capitalised) are found with their type.
import type { EntityType } from '../schema/index.ts';
import { isEnglishWord } from './english.ts';
import { headKind } from './heads.ts';
import type { LexMention } from './match-lexicon.ts';
import type { NameSpan } from './names.ts';
import { hasNameShape, isAcronym, isGeneric } from './shapes.ts';
import type { Span } from './text.ts';

const LIST_HEAD =
  /\b(models?|LLMs|MLLMs|VLMs|LVLMs|SLMs|baselines|architectures|backbones|encoders|retrievers|systems|pipelines|agents|benchmarks|datasets|corpora|databases|metrics|challenges|test\s+sets|sources)\s*(?:\(\s*(?:among\s+them|including|e\.g\.,?|such\s+as)?\s*|:\s*|,?\s+(?:such\s+as|including|like|e\.g\.,?|namely|among\s+them)\s+|,\s+e\.g\.,?\s+)/gi;
/** Cheap gate: a typing head noun (plural) right before a list opener. */
const LIST_GATE = /(?:s|a|l)\s*(?:\(|:|,?\s+(?:such\s+as|including|like|e\.g\.|namely))/;
/** One token of a listed name: a word with inner `-._/+^:` allowed (`Llama3.1:70B`, `ViT-L/14`). */
const TOKEN = /[A-Za-z0-9][\w.+/^:-]*/y;
const SEPARATOR = /^\s*(?:,\s*(?:and|or)\s+|,\s*|\s+(?:and|or)\s+|\s*\/\s*)(?:the\s+)?/;
const ITEM_STOP = /^(?:and|or|the|etc|for|with|on|in|to|of|as|via|using|which|that|models?|benchmarks?|datasets?)$/i;

export interface ListedName {
  name: NameSpan;
  type: EntityType;
}

/** Trailing dots go; "GPT-3/3.5/4" is cut to its first name (`ViT-L/14` stays whole). */
function cleanToken(token: string): string {
  return token.replace(/(\d)\/\d.*$/, '$1').replace(/[.:]+$/, '');
}

/** Ordinary words that open no name: figure references, plural classes ("MLMs", "Large LMs"),
 * abstract nouns ("Trustworthiness", "Application"). */
function plainWord(word: string): boolean {
  return /^(?:Figure|Fig|Table|Section|Appendix)$/.test(word) || /^[A-Z]*LMs$|^[A-Z]{2,}s$/.test(word) ||
    /^[A-Z][a-z]+(?:tion|sion|ness|ity|ment|ogy|ance|ence|ism|ics|ing)$/.test(word);
}

/** A token that can start or continue a listed name. */
function nameToken(token: string, first: boolean): boolean {
  if (ITEM_STOP.test(token)) return false;
  if (/^[A-Z0-9]/.test(token)) return true;
  return first ? hasNameShape(token) || /^[a-z]+[A-Z0-9]/.test(token) : false;
}

/** The item at `pos`: up to four name tokens joined by single spaces, or a lexicon mention. */
function itemAt(text: string, pos: number, end: number, lexAt: Map<number, LexMention>): NameSpan | null {
  const lex = lexAt.get(pos);
  if (lex) {
    // "Stable-Vicuna 13B": a known model with a size written after it is that sized model
    const size = lex.entry.types[0] === 'Model' ? /^ \d+(?:\.\d+)?[BM]\b/.exec(text.slice(lex.end, lex.end + 8)) : null;
    if (size) return { start: lex.start, end: lex.end + size[0].length, text: text.slice(lex.start, lex.end + size[0].length), lex: null, acronym: null, shape: 'coined' };
    return { start: lex.start, end: lex.end, text: lex.text, lex, acronym: null, shape: 'lexicon' };
  }
  let at = pos;
  let last = pos;
  for (let k = 0; k < 4 && at < end; k++) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) break;
    const token = cleanToken(m[0]);
    if (!nameToken(token, k === 0)) break;
    last = at + token.length;
    if (token.length !== m[0].length || text[last] !== ' ') break;
    at = last + 1;
  }
  if (last === pos) return null;
  const surface = text.slice(pos, last);
  const words = surface.split(' ');
  if (words.some(plainWord)) return null;
  if (words.every((w) => isGeneric(w) || /^\d/.test(w))) return null;
  if (words.length === 1 && !hasNameShape(surface) && !isAcronym(surface) && !(/^[A-Z][a-z]{2,}$/.test(surface) && !isEnglishWord(surface))) return null;
  if (words.length > 1 && words.every((w) => /^[A-Z]?[a-z]+$/.test(w) && isEnglishWord(w))) return null;
  return { start: pos, end: last, text: surface, lex: null, acronym: null, shape: words.length > 1 ? 'phrase' : 'coined' };
}

/** The items of a list starting at `pos`, up to the end of sentence `s`. */
function itemsFrom(text: string, pos: number, s: Span, lexAt: Map<number, LexMention>): NameSpan[] {
  const items: NameSpan[] = [];
  for (let k = 0; k < 12; k++) {
    const item = itemAt(text, pos, s.end, lexAt);
    if (!item) break;
    items.push(item);
    const tail = text.slice(item.end, s.end).replace(/^\s*\([^)]*\)/, (x) => ' '.repeat(x.length));
    const sep = SEPARATOR.exec(tail);
    if (!sep) break;
    pos = item.end + sep[0].length;
  }
  return items;
}

/** "We benchmark DNABERT-2, HyenaDNA, Caduceus and Evo": a verb's object list. */
const VERB_LIST = /\bwe\s+(?:also\s+|then\s+|further\s+)?(?:benchmark(?:ed)?|compared?|evaluated?|test(?:ed)?|assess(?:ed)?|examined?)\s+(?:the\s+performance\s+of\s+|several\s+|(?:[\w-]+\s+){0,2}(?:LLMs|models|systems)\s*\(\s*)?/gi;

/** Names listed as the object of "we benchmark / compare / evaluate …": when two or more items are
 * models the lexicon knows, the list is a model roster and its other name-like items are models too. */
function rosterNames(text: string, sentences: Span[], lexAt: Map<number, LexMention>): ListedName[] {
  const out: ListedName[] = [];
  let si = 0;
  for (const m of text.matchAll(VERB_LIST)) {
    while (si < sentences.length - 1 && sentences[si]!.end <= m.index) si++;
    const s = sentences[si]!;
    const items = itemsFrom(text, m.index + m[0].length, s, lexAt);
    const known = items.filter((i) => i.lex?.entry.types[0] === 'Model' || (i.shape === 'coined' && /^[A-Z][\w-]* \d+(?:\.\d+)?[BM]$/.test(i.text))).length;
    if (known < 2 || items.some((i) => i.lex && i.lex.entry.types[0] !== 'Model')) continue;
    for (const item of items) out.push({ name: item, type: 'Model' });
  }
  return out;
}

/** Every name listed after a typing head noun, or as a model roster after "we benchmark …"; one
 * scan of the whole text, lists stay in their sentence. */
export function listedNames(text: string, sentences: Span[], lexAt: Map<number, LexMention>): ListedName[] {
  const out: ListedName[] = /\bwe\s/i.test(text) ? rosterNames(text, sentences, lexAt) : [];
  if (!LIST_GATE.test(text)) return out;
  let si = 0;
  for (const m of text.matchAll(LIST_HEAD)) {
    while (si < sentences.length - 1 && sentences[si]!.end <= m.index) si++;
    const s = sentences[si]!;
    if (m.index < s.start || m.index + m[0].length > s.end) continue;
    const head = m[1]!.replace(/\s+/g, ' ').toLowerCase();
    const word = head === 'test sets' ? 'test' : head === 'sources' ? 'data' : head === 'retrievers' ? 'model' : head;
    const kind = headKind(word) ?? headKind(word.replace(/s$/, ''));
    if (!kind || kind === 'Skip') continue;
    const bracket = m[0].trimEnd().endsWith('(');
    const items = itemsFrom(text, m.index + m[0].length, s, lexAt);
    // a lone unbracketed word after "models like" must look coined; lists vouch for each other
    const solid = items.length >= 2 || items.some((i) => i.shape === 'coined' || i.shape === 'lexicon') || bracket;
    if (!solid) continue;
    for (const item of items) out.push({ name: item, type: kind });
  }
  return out;
}
