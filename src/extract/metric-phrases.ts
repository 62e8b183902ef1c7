// Measures the lexicon lacks, read from how a value is reported: "a weighted kappa of 0.81", "a
// structural similarity of 0.93", "separation score: 0.510", "factuality scores exceeding 90%". A
// lower-case phrase ending in a measure noun, directly followed by its number, is a Metric.
import type { NameSpan } from './names.ts';
import type { Span } from './text.ts';

const MEASURE_NOUN = 'score|rate|similarity|correlation|kappa|coefficient|distance|error|index|agreement|ratio';
/** A known measure a qualifier narrows into its own measure ("strict F1", "instance-level F1"). */
const QUALIFIED = 'F1';
const CONNECTOR = '(?:of|:|=|exceeding|above|below|over|reaching|from)';
const REPORTED = new RegExp(
  `\\b(?:an?|the|with|average|mean|overall|its|their|achiev(?:es|ed|ing)|reach(?:es|ed|ing)?|obtain(?:s|ed|ing)?|attain(?:s|ed|ing)?|and)\\s+((?:[a-z][a-z0-9@-]*\\s+){0,2}?[a-z][a-z0-9@-]*\\s+(?:${MEASURE_NOUN}|${QUALIFIED})|[a-z][a-z0-9-]*@\\d+)s?\\s*${CONNECTOR}\\s*(?:only\\s+|about\\s+|approximately\\s+)?\\d`,
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
const ANCHOR = new RegExp(`(?:${MEASURE_NOUN}|${QUALIFIED})s?\\s*${CONNECTOR}\\s*(?:only\\s+|about\\s+|approximately\\s+)?\\d|@\\d`, 'g');

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
      // "the model reaches a Dice", "its drug-name error rate": the measure starts after the last function word
      const lead = /^(?:[\s\S]*\s)?(?:a|an|the|its|their|our|and|with|of|to|is|was|are|were|it|model|method|reach\w*|achiev\w*|obtain\w*|attain\w*)\s/.exec(phrase);
      if (lead) {
        phrase = phrase.slice(lead[0].length);
        offset += lead[0].length;
      }
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
