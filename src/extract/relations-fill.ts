// Scores stated after the pair: once a model's only evaluation target is known ("Five models are
// examined on CARES …"), a later sentence with no target that gives the model a score ("GPT-4o
// refuses 93.1% of harmful requests, whereas Med-Flamingo refuses only 22.4%") fills that pair's
// missing value (and its measure, when written with the number). Only value-less pairs are filled,
// and only for models with a single target.
import type { Relation } from '../schema/index.ts';
import type { MentionRef } from './relations-eval.ts';
import { scoresIn } from './scores.ts';
import type { Span } from './text.ts';

/** model mention, then a verb phrase of at most a few words, then its score */
const SUBJECT_THEN_SCORE = /^\s+(?:\w+\s+){0,3}?(?:achiev|reach|attain|obtain|scor|refus|answer|solv|get|record|yield)\w*\s+(?:only\s+|about\s+|an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$/i;

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
      if (pairs.length !== 1 || pairs[0]!.value !== null) return;
      const limit = models[i + 1]?.start ?? span.end;
      const score = scores.find((sc) => sc.start > m.end && sc.end <= limit);
      if (!score || !SUBJECT_THEN_SCORE.test(text.slice(m.end, score.start))) return;
      pairs[0]!.value = score.value;
      // "… reached an accuracy of 62.8%": the measure written with the number comes along
      const metric = refs.find((r) => r.entity.type === 'Metric' && r.start > m.end && r.end <= score.start && score.start - r.end <= 12);
      if (metric && pairs[0]!.metric === null) pairs[0]!.metric = metric.entity.name;
    });
  }
}
