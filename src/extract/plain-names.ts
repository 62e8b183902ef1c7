// Plain capitalised names the shape rules cannot see ("Gluformer", "Merlin"): a name-like word
// (not ordinary English, or only known as a person's name) right after a comparison ("outperforms
// X", "compared with X") or after a score given for it ("21.0 mg/dL for X") is a model.
import { isNameLike } from './english.ts';
import type { LexMention } from './match-lexicon.ts';
import type { NameSpan } from './names.ts';
import { isGeneric } from './shapes.ts';

const CUE =
  /\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|compared\s+(?:to|with)|versus|vs\.?|than|over|against)\s+(?:the\s+|both\s+|previous\s+|prior\s+|strong\s+)*(?=[A-Z][a-z]{3,}\b)|\d(?:\.\d+)?\s*%?\s*(?:[A-Za-z]+\/[A-Za-z]+\s+)?for\s+(?:the\s+)?(?=[A-Z][a-z]{3,}\b)/g;
const WORD = /[A-Z][a-z]{3,}(?![\w-])/y;
/** what follows a person or a place, not a model: "Smith et al.", "Wang's", "Boston, MA" */
const NOT_A_MODEL_AFTER = /^(?:\s+et\s+al|\s+and\s+colleagues|['’]s\b|\s+[A-Z][a-z])/;

/** The name ends its phrase ("for Gluformer and …"), unlike a heading used as a modifier ("for Impression sections"). */
const STANDS_ALONE = /^(?:\s*[,.;:()]|\s+(?:and|or|in|on|at|with|while|whereas|which|that|is|was|are|were|by|across|under|when|despite)\b|\s*$)/;
/** Ordinary derived nouns that compromise's small lexicon may lack ("Impression", "Segmentation"). */
export const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ance|ence|ing|ism|ure|ship|ics)$/;

export function plainNames(text: string, titleEnd: number, lexAt: Map<number, LexMention>): NameSpan[] {
  if (!/\b(?:outperform|surpass|compared|versus|vs|than|over|against|for)\b/.test(text)) return [];
  const names: NameSpan[] = [];
  for (const cue of text.matchAll(CUE)) {
    const start = cue.index + cue[0].length;
    if (start < titleEnd || lexAt.has(start)) continue;
    WORD.lastIndex = start;
    const m = WORD.exec(text);
    if (!m) continue;
    const end = start + m[0].length;
    if (isGeneric(m[0]) || ABSTRACT_NOUN.test(m[0]) || !isNameLike(m[0])) continue;
    const after = text.slice(end, end + 16);
    if (NOT_A_MODEL_AFTER.test(after) || !STANDS_ALONE.test(after)) continue;
    names.push({ start, end, text: m[0], lex: null, acronym: null, shape: 'capitalised' });
  }
  return names;
}
