// Scores extractions against gold: only papers in the gold are scored; a gold paper absent from the
// predictions counts as entirely missed. Pure: records in, EvalReport out.
import type { EvalReport, PaperErrors } from '../schema/eval.ts';
import { EntityType, type Extraction, type GoldRecord } from '../schema/index.ts';
import { addCounts, agreement, emptyCounts, score, type Tally } from './counts.ts';
import { scoreEntities } from './match-entities.ts';
import { scoreRelations } from './match-relations.ts';

export interface EvaluateOptions {
  /** keep the FP/FN list per paper in the report */
  errors?: boolean;
  /** input lines rejected while reading the predictions, reported alongside */
  rejectedInputLines?: number;
}

export function evaluate(
  gold: readonly GoldRecord[],
  predictions: ReadonlyMap<string, Extraction>,
  options: EvaluateOptions = {},
): EvalReport {
  const total = emptyCounts();
  const missingIds: string[] = [];
  const perPaper: PaperErrors[] = [];

  for (const record of gold) {
    const extraction = predictions.get(record.id);
    if (!extraction) missingIds.push(record.id);
    const entities = scoreEntities(record, extraction);
    const relations = scoreRelations(record, extraction);
    const counts = emptyCounts();
    counts.entities = entities.byType;
    counts.evaluatedOn = relations.evaluatedOn;
    counts.introduces = relations.introduces;
    counts.valueRight = relations.valueRight;
    counts.metricRight = relations.metricRight;
    addCounts(total, counts);
    const errors = [...entities.errors, ...relations.errors];
    if (errors.length > 0 || !extraction) perPaper.push({ id: record.id, missing: !extraction, errors });
  }

  const micro: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const type of EntityType.options) {
    micro.tp += total.entities[type].tp;
    micro.fp += total.entities[type].fp;
    micro.fn += total.entities[type].fn;
  }
  const byType = Object.fromEntries(
    EntityType.options.map((type) => [type, score(total.entities[type])]),
  ) as EvalReport['entities']['byType'];

  return {
    papers: {
      gold: gold.length,
      missing: missingIds.length,
      missingIds,
      rejectedInputLines: options.rejectedInputLines ?? 0,
    },
    entities: { byType, micro: score(micro) },
    evaluatedOn: score(total.evaluatedOn),
    introduces: score(total.introduces),
    valueRight: agreement(total.valueRight),
    metricRight: agreement(total.metricRight),
    ...(options.errors ? { errors: perPaper } : {}),
  };
}
