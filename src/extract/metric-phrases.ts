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

/** Cheap gate: a measure noun (or `@k`) directly followed by its value somewhere in the span. */
const ANCHOR = new RegExp(`(?:${MEASURE_NOUN})s?\\s*(?:of|:|=|exceeding|above|below|over|reaching)\\s*(?:only\\s+|about\\s+|approximately\\s+)?\\d|@\\d`);

export function metricPhrases(text: string, sentences: Span[], titleEnd: number, known: Span[]): NameSpan[] {
  const out: NameSpan[] = [];
  if (!ANCHOR.test(text)) return out;
  for (const s of sentences) {
    if (s.end <= titleEnd) continue;
    const sentence = text.slice(s.start, s.end);
    if (!ANCHOR.test(sentence)) continue;
    for (const m of sentence.matchAll(REPORTED)) {
      let phrase = m[1]!;
      let offset = m[0].indexOf(phrase);
      while (NOT_A_MEASURE.test(phrase) && phrase.includes(' ')) {
        const cut = phrase.indexOf(' ') + 1;
        phrase = phrase.slice(cut);
        offset += cut;
      }
      const start = s.start + m.index + offset;
      if (!phrase.includes(' ') && !phrase.includes('@')) continue;
      if (/^(?:baseline|impressive|reported|improved|competitive|strong|good|poor|higher|lower)\s/.test(phrase)) continue;
      if (clashes({ start, end: start + phrase.length }, known)) continue;
      out.push({ start, end: start + phrase.length, text: phrase, lex: null, acronym: null, shape: 'phrase' });
    }
  }
  return out;
}
