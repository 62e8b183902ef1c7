// Plain capitalised names the shape rules cannot see ("Gluformer", "Merlin"): a name-like word
// (not ordinary English, or only known as a person's name) right after a comparison ("outperforms
// X", "compared with X") or a score given for it ("21.0 mg/dL for X") is a model; right before a
// data head noun ("the Aurora benchmark") a benchmark or dataset; defined at the start of a
// sentence ("Aurora is a foundation model …") whatever the definition's head noun says.
import type { EntityType } from '../schema/index.ts';
import { isNameLike } from './english.ts';
import { definedAs, firstHeads, typeFromHeads } from './heads.ts';
import type { LexMention } from './match-lexicon.ts';
import type { NameSpan } from './names.ts';
import { isGeneric } from './shapes.ts';
import type { Span } from './text.ts';

/** A comparison or a score given for the name, right before it ("outperforms X", "21.0 mg/dL for X"). */
const CUE_BEFORE =
  /(?:\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|compared\s+(?:to|with)|versus|vs\.?|than|over|against)\s+(?:(?:the|both|previous|prior|strong)\s+)*|(?<![\d.]\s*[-–]\s*[\d.]*)\d(?:\.\d+)?\s*%?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+)?for\s+(?:the\s+)?)$/;
/** what follows a person or a place, not a model: "Smith et al.", "Wang's", "Boston, MA" */
const NOT_A_MODEL_AFTER = /^(?:\s+et\s+al|\s+and\s+colleagues|['’]s\b|\s+[A-Z][a-z])/;
/** The name ends its phrase ("for Gluformer and …"), unlike a heading used as a modifier ("for Impression sections"). */
const STANDS_ALONE = /^(?:\s*[,.;:()]|\s+(?:and|or|in|on|at|with|while|whereas|which|that|is|was|are|were|by|across|under|when|despite)\b|\s*$)/;
/** Ordinary derived nouns, fields and diseases that compromise's small lexicon may lack ("Impression", "Dermatology", "Sepsis"). */
export const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ing|ism|ure|ship|ics|logy|graphy|scopy|iatry|pathy|therapy|ia|sis|itis|oma|emia)$/;

/** "the Aurora benchmark", "the Tessera corpus": a name-like word right before a data head noun (not
 * before "model": "the Stanford model" names a lab, not a model). */
const DATA_HEAD_AFTER = /^\s+(dataset|benchmark|corpus|database|challenge)s?\b/;
const DETERMINER_BEFORE = /\b(?:the|a|an|our|their|its|on|with|using|of|from|and|or)\s+$/;
const HEAD_TYPE: Record<string, EntityType> = { dataset: 'Dataset', corpus: 'Dataset', database: 'Dataset', benchmark: 'Benchmark', challenge: 'Benchmark' };
const CAPITALISED = /[A-Z][a-z]{3,}(?![\w-])/g;
const CUE_LAST_WORDS = new Set(
  'outperform outperforms outperformed outperforming surpass surpasses surpassed surpassing to with versus vs vs. than over against the both previous prior strong for a an our their its on using of from and or'.split(' '),
);

export interface TypedName {
  name: NameSpan;
  type: EntityType;
}

/** One pass over capitalised words: name-like ones after a comparison or a score are models, before a
 * data head noun datasets or benchmarks. */
export function plainNames(text: string, titleEnd: number, lexAt: Map<number, LexMention>): TypedName[] {
  const found: TypedName[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const start = m.index;
    const word = m[0];
    if (start < titleEnd || text[start - 1] !== ' ' || lexAt.has(start)) continue;
    // cheap gate: every cue ends in one of a few words ("than X", "the X benchmark", "for X")
    if (!CUE_LAST_WORDS.has(text.slice(text.lastIndexOf(' ', start - 2) + 1, start - 1).toLowerCase())) continue;
    if (!isNameLike(word) || isGeneric(word) || ABSTRACT_NOUN.test(word)) continue;
    const end = start + word.length;
    const after = text.slice(end, end + 16);
    const before = text.slice(Math.max(0, start - 40), start);
    const name: NameSpan = { start, end, text: word, lex: null, acronym: null, shape: 'capitalised' };
    if (CUE_BEFORE.test(before)) {
      if (!NOT_A_MODEL_AFTER.test(after) && STANDS_ALONE.test(after)) found.push({ name, type: 'Model' });
      continue;
    }
    const head = DATA_HEAD_AFTER.exec(after);
    if (head && DETERMINER_BEFORE.test(before)) found.push({ name, type: HEAD_TYPE[head[1]!.toLowerCase()]! });
  }
  return found;
}

/** "Aurora is a foundation model for …": a plain name defined at the start of a sentence. */
export function definedPlainNames(text: string, sentences: Span[], titleEnd: number, lexAt: Map<number, LexMention>): { name: NameSpan; types: EntityType[] }[] {
  const found: { name: NameSpan; types: EntityType[] }[] = [];
  for (const s of sentences) {
    if (s.start < titleEnd || lexAt.has(s.start)) continue;
    const m = /^[A-Z][a-z]{3,}(?=\s+(?:is|was)\s)/.exec(text.slice(s.start, s.start + 24));
    if (!m || !isNameLike(m[0]) || ABSTRACT_NOUN.test(m[0]) || isGeneric(m[0])) continue;
    const end = s.start + m[0].length;
    const types = definedAs(text.slice(end, Math.min(s.end, end + 110)));
    if (types.length) found.push({ name: { start: s.start, end, text: m[0], lex: null, acronym: null, shape: 'capitalised' }, types });
  }
  return found;
}

/** "We present Lumen, a vision transformer …", "our own Burrow, a late-interaction retriever …": a
 * capitalised word right after an introducing phrase and glossed by an appositive with a head noun. */
const INTRODUCED_PLAIN = /\b(?:[Ww]e\s+(?:present|introduce|propose|develop|build|release|design)|[Oo]ur\s+(?:own|new)|termed|called|named|dubbed)\s+(?:the\s+)?([A-Z][a-z]{3,})(?=,\s+(?:an?|the)\s)/g;

export function introducedPlainNames(text: string, titleEnd: number, lexAt: Map<number, LexMention>): { name: NameSpan; types: EntityType[] }[] {
  const found: { name: NameSpan; types: EntityType[] }[] = [];
  for (const m of text.matchAll(INTRODUCED_PLAIN)) {
    const word = m[1]!;
    const start = m.index + m[0].length - word.length;
    if (start < titleEnd || lexAt.has(start) || isGeneric(word) || ABSTRACT_NOUN.test(word)) continue;
    const end = start + word.length;
    const { types, skip } = typeFromHeads(firstHeads(text.slice(end + 1, end + 100)));
    if (!skip && types.length) found.push({ name: { start, end, text: word, lex: null, acronym: null, shape: 'capitalised' }, types });
  }
  return found;
}
