// Acronym definitions: "Retrieval-Augmented Diagnosis (RAD)" and "AMIE (Articulate Medical
// Intelligence Explorer)" make the expansion another surface form of the entity the acronym names.
import { overlaps, type Found } from './found.ts';
import { acronymFits } from './names.ts';

const TRAILING_HEAD = /\s+(?:approach|model|framework|method|dataset|benchmark|module|system|network|architecture|algorithm|paradigm|strategy|scheme)$/i;
const WORDS_BEFORE = /((?:[A-Za-z0-9][\w'-]*\s+){0,9}[A-Za-z0-9][\w'-]*)\s*$/;

function expansionBefore(text: string, open: number, acronym: string): { start: number; end: number } | null {
  const window = text.slice(Math.max(0, open - 120), open);
  const m = WORDS_BEFORE.exec(window);
  if (!m) return null;
  const phraseAll = m[1]!.replace(TRAILING_HEAD, '');
  const words = phraseAll.split(/\s+/);
  const base = open - window.length + m.index;
  for (let k = 2; k <= words.length; k++) {
    const phrase = words.slice(words.length - k).join(' ');
    if (acronymFits(acronym, phrase)) {
      const start = base + phraseAll.length - phrase.length;
      return { start, end: start + phrase.length };
    }
  }
  return null;
}

/** New mentions for expansions defined next to an existing mention, under the same key. */
export function linkAcronyms(text: string, mentions: Found[]): Found[] {
  const added: Found[] = [];
  for (const m of mentions) {
    if (!/[A-Z].*[A-Z]/.test(m.text) || m.text.length > 16) continue;
    // "Phrase (M)"
    if (text[m.start - 1] === '(' && text[m.end] === ')') {
      const span = expansionBefore(text, m.start - 1, m.text);
      if (span && !mentions.some((o) => overlaps(o, span))) {
        added.push({ ...span, text: text.slice(span.start, span.end), key: m.key, lex: m.lex, hints: m.hints, introduced: m.introduced });
      }
    }
    // "M (Phrase)"
    const after = /^\s*\(([^()]{4,90})\)/.exec(text.slice(m.end, m.end + 100));
    if (after) {
      const phrase = after[1]!.trim();
      if (phrase.split(/\s+/).length >= 2 && acronymFits(m.text, phrase)) {
        const start = text.indexOf(phrase, m.end);
        const span = { start, end: start + phrase.length };
        if (!mentions.some((o) => overlaps(o, span))) {
          added.push({ ...span, text: phrase, key: m.key, lex: m.lex, hints: m.hints, introduced: m.introduced });
        }
      }
    }
  }
  return added;
}

/** "DDIExtraction 2013 (DDI)": a bracketed short form right after a name (its prefix, or its acronym)
 * is another surface of that name, wherever else the paper uses it. */
export function bracketedShortForms(text: string, mentions: Found[]): Found[] {
  const rekey = new Map<string, Found>();
  for (const m of mentions) {
    if (text[m.start - 1] !== '(' || text[m.end] !== ')' || m.text.length < 2 || !/^[A-Z]/.test(m.text)) continue;
    const long = mentions.find((o) => o.key !== m.key && o.end < m.start && /^\s?$/.test(text.slice(o.end, m.start - 1)));
    if (!long || long.text.length <= m.text.length) continue;
    if (!long.text.startsWith(m.text) && !acronymFits(m.text, long.text)) continue;
    rekey.set(m.key, long);
  }
  if (!rekey.size) return mentions;
  return mentions.map((f) => {
    const to = rekey.get(f.key);
    return to ? { ...f, key: to.key, lex: to.lex ?? f.lex, introduced: f.introduced || to.introduced } : f;
  });
}
