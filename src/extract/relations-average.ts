// Scores that are averages over several evaluation sets ("Averaged over MedQA, MedMCQA and PubMedQA,
// X reaches 61.9%", "Across seven data sets (A, B, …), X attains an average accuracy of 74.6%"): no
// single set owns the number, so every model the sentence scores is evaluated on every listed set,
// with the metric but without a value.
import type { Relation } from '../schema/index.ts';
import type { MentionRef } from './relations-eval.ts';
import type { Score } from './scores.ts';
import type { Span } from './text.ts';

/** "Averaged over A, B and C, …": the sentence opens with the sets its numbers average over */
const AVERAGED_OVER = /^\s*(?:[Aa]veraged|[Aa]veraging|[Oo]n\s+average)\s+(?:over|across)\s/;
/** "… an average accuracy of 74.6%": a number headed by "average" */
const AVERAGE_OF = /\b(?:an?\s+|the\s+|its\s+)?average\s+(?:[\w@-]+\s+){0,2}?(?:of\s+)?$/i;

const isTarget = (r: MentionRef): boolean => r.entity.type === 'Benchmark' || r.entity.type === 'Dataset';

/** The sentence's EVALUATED_ON relations with averaged numbers turned into value-less pairs. */
export function averagedScores(text: string, sentence: Span, refs: MentionRef[], scores: Score[], found: Relation[]): Relation[] {
  const said = text.slice(sentence.start, sentence.end);
  if (!/\baverag/i.test(said) || /\brespectively\b/.test(said)) return found;
  const targets = [...new Map(refs.filter(isTarget).map((r) => [r.entity.key, r])).values()];
  if (targets.length < 2) return found;
  // the listed sets run up to the first model named
  const firstModel = refs.find((r) => r.entity.type === 'Model');
  let sets: string[];
  let averaged: Set<number>;
  if (AVERAGED_OVER.test(said) && firstModel) {
    const end = firstModel.start;
    sets = targets.filter((t) => t.end <= end).map((t) => t.entity.name);
    averaged = new Set(scores.filter((sc) => sc.start >= end).map((sc) => sc.value));
  } else {
    // fewer numbers than sets: the "average" number cannot be any one set's
    // ("… and on EHRSHOT it achieves an average AUROC of 0.803": an average over one set's tasks is that set's)
    const clauseHasSet = (sc: Score): boolean => {
      const before = text.slice(sentence.start, sc.start);
      const from = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' and '));
      const rest = text.slice(sc.end, sentence.end);
      const to = sc.end + (/[,;]/.exec(rest)?.index ?? rest.length);
      return targets.some((t) => (t.start > from && t.end <= sc.start) || (t.start >= sc.end && t.end <= to));
    };
    const own = scores.filter((sc) => AVERAGE_OF.test(text.slice(Math.max(sentence.start, sc.start - 40), sc.start)) && !clauseHasSet(sc));
    if (!own.length || scores.length >= targets.length) return found;
    sets = targets.map((t) => t.entity.name);
    averaged = new Set(own.map((sc) => sc.value));
  }
  if (sets.length < 2 || !averaged.size) return found;
  const inSets = new Set(sets);
  const out: Relation[] = [];
  const models = new Map<string, string | null>();
  for (const r of found) {
    if (r.type !== 'EVALUATED_ON' || !inSets.has(r.target) || r.value === null || !averaged.has(r.value)) {
      out.push(r);
      continue;
    }
    if (!models.has(r.source) || models.get(r.source) === null) models.set(r.source, r.metric);
  }
  for (const r of found) if (r.type === 'EVALUATED_ON' && inSets.has(r.target) && r.value === null && models.has(r.source) && !models.get(r.source)) models.set(r.source, r.metric);
  const has = (source: string, target: string): boolean => out.some((r) => r.type === 'EVALUATED_ON' && r.source === source && r.target === target);
  const evidence = { text: said, start: sentence.start, end: sentence.end };
  for (const [source, metric] of models) {
    for (const target of sets) if (!has(source, target)) out.push({ type: 'EVALUATED_ON', source, target, metric, value: null, evidence });
  }
  return out;
}
