// Scores stated after the pair: once a model's only evaluation target is known ("Five models are
// examined on CARES …"), a later sentence with no target that gives the model a score ("GPT-4o
// refuses 93.1% of harmful requests, whereas Med-Flamingo refuses only 22.4%") fills that pair's
// missing value (and its measure, when written with the number). Only value-less pairs are filled,
// and only for models with a single target; a filled pair reported again with another named measure
// ("GPT-4o obtains the highest BERTScore, 0.871") gains that measure as a second relation.
import type { Relation } from '../schema/index.ts';
import type { MentionRef } from './relations-eval.ts';
import { scoresIn } from './scores.ts';
import type { Span } from './text.ts';

/** model mention, then a verb phrase of at most a few words, then its score */
const SUBJECT_THEN_SCORE =
  /^\s+(?:(?:\w+\s+){0,3}?(?:achiev|reach|attain|obtain|scor|refus|answer|solv|get|record|yield|stay|remain|land|trail|lag)\w*\s+(?:only\s+|about\s+|an?\s+|the\s+)?(?:[\w-]+,?\s+){0,3}?(?:of\s+|at\s+)?|at\s+|\s*)$/i;

export function fillCarriedValues(text: string, sentences: { span: Span; refs: MentionRef[] }[], nameSpans: Span[], relations: Relation[]): void {
  const open = new Map<string, Relation[]>();
  for (const r of relations) {
    if (r.type !== 'EVALUATED_ON') continue;
    const list = open.get(r.source) ?? [];
    list.push(r);
    open.set(r.source, list);
  }
  for (const { span, refs } of sentences) {
    if (refs.some((r) => r.entity.type === 'Benchmark' || r.entity.type === 'Dataset')) continue;
    const models = refs.filter((r) => r.entity.type === 'Model');
    if (!models.length) continue;
    const scores = scoresIn(text, span, nameSpans);
    models.forEach((m, i) => {
      const pairs = open.get(m.entity.name) ?? [];
      if (pairs.length !== 1) return;
      const pair = pairs[0]!;
      const limit = models[i + 1]?.start ?? span.end;
      const score = scores.find((sc) => sc.start > m.end && sc.end <= limit);
      if (!score || !SUBJECT_THEN_SCORE.test(text.slice(m.end, score.start))) return;
      // "… reached an accuracy of 62.8%": the measure written with the number comes along
      const metric = refs.find((r) => r.entity.type === 'Metric' && r.start > m.end && r.end <= score.start && score.start - r.end <= 12)?.entity.name ?? null;
      if (pair.value === null) {
        pair.value = score.value;
        if (metric && pair.metric === null) pair.metric = metric;
      } else if (metric && metric !== pair.metric && score.value !== pair.value && !relations.some((r) => r.source === pair.source && r.target === pair.target && r.metric === metric)) {
        // "GPT-4o obtains the highest BERTScore, 0.871": a second measure of the same filled pair
        relations.push({ ...pair, metric, value: score.value, evidence: { text: text.slice(span.start, span.end), start: span.start, end: span.end } });
      }
    });
  }
}
