// Measures the lexicon lacks, read from how a value is reported: "a weighted kappa of 0.81", "a
// structural similarity of 0.93", "separation score: 0.510", "factuality scores exceeding 90%". A
// lower-case phrase ending in a measure noun, directly followed by its number, is a Metric.
import type { NameSpan } from './names.ts';
import type { Span } from './text.ts';

const MEASURE_NOUN = 'score|rate|similarity|correlation|kappa|coefficient|distance|error|index|agreement|ratio';
const REPORTED = new RegExp(
  `\\b(?:an?|the|with|average|mean|overall|its|their)\\s+((?:[a-z][a-z0-9@-]*\\s+){0,2}?[a-z][a-z0-9@-]*\\s+(?:${MEASURE_NOUN})|[a-z][a-z0-9-]*@\\d+)s?\\s*(?:of|:|=|exceeding|above|below|over|reaching)\\s*(?:only\\s+|about\\s+|approximately\\s+)?\\d`,
  'g',
);
/** Modifiers that describe a change, not the measure ("a relative error", "the overall rate" stay). */
const NOT_A_MEASURE = /^(?:mean|average|overall|high|higher|low|lower|best|worst|final|total|new|same|top|error)\s|^(?:the|a|an)\s/;

/** Only "modifier + known measure" may wrap a lexicon metric ("weighted kappa"); a phrase around or
 * past a known measure ("Dice similarity coefficient score") is left to the lexicon. */
function clashes(name: Span, known: Span[]): boolean {
  return known.some((k) => k.start < name.end && name.start < k.end && !(k.end === name.end && k.start > name.start));
}

/** A measure noun (or `@k`) directly followed by its value: the anchor every reported measure ends at. */
const ANCHOR = new RegExp(`(?:${MEASURE_NOUN})s?\\s*(?:of|:|=|exceeding|above|below|over|reaching)\\s*(?:only\\s+|about\\s+|approximately\\s+)?\\d|@\\d`, 'g');

export function metricPhrases(text: string, titleEnd: number, known: Span[]): NameSpan[] {
  const out: NameSpan[] = [];
  // find the rare anchors first, then read the phrase in a short window before each one
  for (const a of text.matchAll(ANCHOR)) {
    const anchorEnd = a.index + a[0].length;
    let from = Math.max(titleEnd, a.index - 80);
    const cut = text.slice(from, a.index).search(/[.!?]\s+(?=[A-Z(])(?![\s\S]*[.!?]\s+[A-Z(])/);
    if (cut !== -1) from += cut + 1;
    const window = text.slice(from, anchorEnd + 12);
    for (const m of window.matchAll(REPORTED)) {
      if (from + m.index + m[0].length < anchorEnd) continue;
      let phrase = m[1]!;
      let offset = m[0].indexOf(phrase);
      while (NOT_A_MEASURE.test(phrase) && phrase.includes(' ')) {
        const drop = phrase.indexOf(' ') + 1;
        phrase = phrase.slice(drop);
        offset += drop;
      }
      const start = from + m.index + offset;
      if (!phrase.includes(' ') && !phrase.includes('@')) continue;
      if (/^(?:baseline|impressive|reported|improved|competitive|strong|good|poor|higher|lower)\s/.test(phrase)) continue;
      if (clashes({ start, end: start + phrase.length }, known)) continue;
      if (!out.some((o) => o.start === start)) out.push({ start, end: start + phrase.length, text: phrase, lex: null, acronym: null, shape: 'phrase' });
    }
  }
  return out;
}
