// Reported scores: the numbers in a sentence that are results (91.1%, 0.883, 31.4), not deltas
// ("by 4.6%", "+12.61", "improvement of 7%"), counts (14 benchmarks), sizes (7B) or p-values, and
// which benchmark mention each one belongs to ("91.1% accuracy on MedQA", "MedQA … of 91.1%").
import type { Span } from './text.ts';

export interface Score extends Span {
  value: number;
  /** kept only because `compared` was asked for (a baseline's number after "versus") */
  compared?: true;
}

const NUMBER = /(?<![\w.+\-–])(\d+(?:\.\d+)?)(\s*%|\\%)?/g;
const NOT_A_SCORE_AFTER =
  /^(?:\s*%)?\s*(?:[KMBkmb]\b|billion|million|thousand|x\b|×|-|–|\/(?!\s*\d)|CI\b|percentage\s+points?\b|pp\b|(?:(?:and|or|to|,)\s*\d+(?:\.\d+)?\s*)?(?:[A-Za-z][\w-]*\s+)?points?\s+(?:higher|lower|better|worse|above|below|ahead|behind|more|less|over|under)\b|shot|fold|years?|days?|hours?|weeks?|tasks?|datasets?|benchmarks?|models?|images?|questions?|cases?|patients?|languages?|times|layers?|class|categories|modalities|subjects?|samples?|pairs?|studies|specialties|experts?|points?\s+(?:higher|better|improvement|gain))/i;
const DELTA_BEFORE =
  /(?:\b(?:by|within|costs?|costing|loses?|losing)\s*[~≈]?|\badd(?:s|ed|ing)?\s+(?:a\s+further|another|a|an\s+extra)?\s*|\+|[-–]|(?:gain|improvement|increase|margin|boost|reduction|drop|decrease|degradation|decline|loss)s?(?:\s+of|\s+by)?\s*\(?\s*(?:up\s+to\s+)?(?:[\d.]+\s*(?:%|\\%)?\s*(?:and|,)\s*)?|from|p\s*[<=>≤]|than|vs\.?|versus|compared\s+(?:to|with))\s*(?:over\s+|about\s+|nearly\s+|almost\s+|approximately\s+|an\s+average\s+of\s+|average\s+of\s+|a\s+|the\s+|up\s+to\s+|more\s+than\s+|over\s+)?$/i;
const HUMAN_REFERENCE_AFTER = /^\s*(?:%|\\%)?\s*(?:mean|average|median)?\s*(?:of|for|among|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:\w+ologists|\w*icians|nurses|experts|residents|humans|doctors|raters|annotators|students|participants)\b/i;
const DELTA_AFTER = /^\s*(?:%|\\%)?\s*(?:absolute|relative|average)?\s*(?:improvement|gain|increase|higher|lower|better|margin|boost|reduction|faster|speedup|less|more|drop|decrease|decline|degradation|loss|fewer)/i;

/** A baseline's number after "compared with", "versus", "against": kept when asked for. */
const COMPARED_BEFORE = /(?:\bvs\.?|\bversus|\bcompared\s+(?:to|with)|\bagainst)\s*(?:the\s+)?$/i;

/** Result numbers in `text[s.start, s.end)`, skipping ones inside `blocked` spans (names).
 * `compared` keeps numbers right after "compared with" / "versus" (a baseline's own score). */
export function scoresIn(text: string, s: Span, blocked: Span[], compared = false): Score[] {
  const out: Score[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(NUMBER)) {
    const start = s.start + m.index;
    const end = start + m[0].length;
    if (blocked.some((b) => start >= b.start && start < b.end)) continue;
    const percent = Boolean(m[2]);
    const decimal = m[1]!.includes('.');
    if (!percent && !decimal) continue;
    const after = text.slice(end, Math.min(s.end, end + 40));
    const before = text.slice(Math.max(s.start, start - 40), start);
    // "ranges from 0.887 for UNI2-h to 0.842 for Phikon-v2": each end of the range is a model's own
    const rangeEnd = /\brang(?:e|es|ed|ing)\s+from\s*$/i.test(before) && /^\s*(?:%|\\%)?\s*for\s/.test(after);
    const deltaBefore = !rangeEnd && DELTA_BEFORE.test(before);
    const rescued = deltaBefore && compared && COMPARED_BEFORE.test(before);
    if (NOT_A_SCORE_AFTER.test(after) || (deltaBefore && !rescued) || DELTA_AFTER.test(after)) continue;
    if (/\bfrom\s+[\d.]+\s*(?:%|\\%)?\s+to\s*$/.test(before)) continue; // "from 3% to 20%": a range
    if (/\bbetween\s*$/.test(before) || /\bbetween\s+[\d.]+\s*(?:%|\\%)?\s+and\s*$/.test(before)) continue; // "between 81% and 85%"
    // interval bounds ("from 3 to 5"), unless the number before "to" ends a name ("on n2c2 2018 to 0.968")
    const bound = /(?<![A-Za-z][\w.-]*)\d\s*(?:%|\\%)?\s*(?:to|-|–)\s*$/.exec(before);
    if ((bound && !blocked.some((b) => start - before.length + bound.index >= b.start && start - before.length + bound.index < b.end)) || /\bCI\b[^)]*$/.test(before)) continue;
    if (/^\.\d/.test(text.slice(end, end + 2))) continue;
    if (/\b(?:version|release|ver\.?|v)\s*$/i.test(before)) continue; // "(version 3.1)": a release
    if (/\b(?:standard\s+deviations?|SDs?|std)\b[^;()]{0,30}$/i.test(before)) continue; // "(standard deviations below 0.024 and 2.9)"
    // "more than three times the 23% mean of board-certified physicians": a human reference, not a model's
    if (HUMAN_REFERENCE_AFTER.test(after + text.slice(end + 40, end + 60))) continue;
    // "distal radius fracture is the easiest class with an AUC of 0.912": one class's score, no model's result
    if (/\b(?:is|was|are|were)\s+the\s+(?:easiest|hardest|most\s+difficult)\s+(?:class|category|label|finding|organ|structure|subtype)\b[^;]{0,30}$/i.test(before)) continue;
    out.push(rescued ? { start, end, value: Number(m[1]), compared: true } : { start, end, value: Number(m[1]) });
  }
  return out;
}

/** " ± 0.006", " +/- 1.2%", " \\pm 0.4": a spread after a score, blanked for the relation rules (and so
 * are bracketed confidence intervals and p-values). */
const SPREAD = /\s*(?:±|\+\/-|\\pm)\s*\d+(?:\.\d+)?\s*(?:%|\\%)?/g;

/** The text with every spread replaced by spaces of the same length (offsets unchanged), so that
 * "0.918 ± 0.009 for UNI" reads as "0.918 for UNI" to every rule that pairs numbers with names. */
export function blankSpreads(text: string): string {
  const spaced = (m: string): string => ' '.repeat(m.length);
  let out = text.includes('±') || text.includes('+/-') || text.includes('\\pm') ? text.replace(SPREAD, spaced) : text;
  // "(95% CI: 0.88, 0.94)", "[95% CI 0.83-0.90]", "(P = .02)": intervals and p-values beside a score
  if (/\bCI\b|confidence interval|\(\s*[Pp]\s*[<=>≤]/.test(out)) out = out.replace(BRACKETED_INTERVAL, spaced);
  return out;
}

const BRACKETED_INTERVAL = /\s*[([]\s*(?:\d{2}\s*%\s*(?:CI|confidence\s+interval)\b[^()[\]]{0,40}|[Pp]\s*[<=>≤]\s*[.\d]+(?:\s*[;,][^()[\]]{0,30})?)[)\]]/g;

/** "… on the emrQA dataset to ": the text between a set and the number it rises to */
export const RISEN_TO = /^\s+(?:dataset\s+|data\s+set\s+|benchmark\s+|test\s+set\s+)?to\s*$/;

export const BEFORE_TARGET = /^\s*(?:%|\\%)?\s*(?:\(?[\w@{}-]+\)?\s+){0,4}?(?:on|in|for|at|across|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;
const AFTER_TARGET =
  /^[^.;]{0,150}?(?:\bof|:|=|\bwas|\bis|\bachiev\w*|\bscor\w*|\breach\w*|\bwith|\bat|\battain\w*|\bobtain\w*|\bto|\(|\bperformance)\s+(?:an?\s+|the\s+)?(?:[\w@{}-]+\s+){0,4}?(?:of\s+)?\(?$/i;

/** The score reported for the target mention `t`, if the sentence states one; `others` are the
 * other target mentions in the sentence (a number never crosses one of them). */
export function scoreFor(text: string, t: Span, scores: Score[], others: Span[]): Score | null {
  const crosses = (a: number, b: number): boolean => others.some((o) => o.start >= a && o.end <= b);
  // "… raises accuracy on MedNLI to 0.887 and on emrQA to 0.781": the number the set rises "to" is its own
  const risenTo = scores.find((sc) => sc.start >= t.end && RISEN_TO.test(text.slice(t.end, sc.start)));
  if (risenTo) return risenTo;
  let before: Score | null = null;
  for (const sc of scores) {
    if (sc.end <= t.start && !crosses(sc.end, t.start) && BEFORE_TARGET.test(text.slice(sc.end, t.start))) before = sc;
  }
  if (before) return before;
  for (const sc of scores) {
    if (sc.start < t.end) continue;
    const between = text.slice(t.end, sc.start);
    if (!crosses(t.end, sc.start) && (AFTER_TARGET.test(between) || /^\s*\($/.test(between))) return sc;
    break;
  }
  return null;
}

/** "… of 0.82 and 0.73 on A and B respectively": the i-th score before the targets goes to the i-th. */
export function respectively(text: string, s: Span, targets: Span[], scores: Score[]): Map<Span, Score> | null {
  if (targets.length < 2 || !/\brespectively\b/.test(text.slice(s.start, s.end))) return null;
  const lead = scores.filter((sc) => sc.end <= targets[0]!.start);
  if (lead.length < targets.length) return null;
  const picked = lead.slice(-targets.length);
  return new Map(targets.map((t, i) => [t, picked[i]!]));
}

/** "ROUGE-L of 0.327", "raises Recall@100 from 0.71": a measure written right before a number is
 * that number's. Null when no number follows the measure directly; else whether it is `score`. */
export function headedScore(text: string, metric: Span, score: Span): boolean | null {
  const lead = /^\s*(?:of|from|at|=|:|was|is|reached)?\s*(?=\d)/.exec(text.slice(metric.end, metric.end + 16));
  if (!lead) return null;
  return metric.end + lead[0].length === score.start;
}
