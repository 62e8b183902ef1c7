// Schema of the `medkg eval` report: precision/recall/F1 per entity type and per relation kind, the
// value and metric agreement of EVALUATED_ON pairs, and (optionally) the errors per paper.
import { z } from 'zod';
import { EntityType } from './extraction.ts';

/** True positives, false positives, false negatives and the scores derived from them. */
export const Score = z.object({
  tp: z.number().int().nonnegative(),
  fp: z.number().int().nonnegative(),
  fn: z.number().int().nonnegative(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
});
export type Score = z.infer<typeof Score>;

/** Share of `total` cases that were right (`right / total`, 0 when there are none). */
export const Agreement = z.object({
  right: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  share: z.number(),
});
export type Agreement = z.infer<typeof Agreement>;

/** One scoring mistake, for error analysis. */
export const EvalError = z.object({
  kind: z.enum(['FP', 'FN']),
  what: z.enum(['entity', 'EVALUATED_ON', 'INTRODUCES']),
  /** entity type (the predicted type for FPs, the first gold type for FNs) */
  type: EntityType.optional(),
  /** entity name, `source -> target`, or the introduced target */
  name: z.string(),
  /** set when a name matched but the type did not */
  note: z.string().optional(),
});
export type EvalError = z.infer<typeof EvalError>;

export const PaperErrors = z.object({
  id: z.string(),
  missing: z.boolean(),
  errors: z.array(EvalError),
});
export type PaperErrors = z.infer<typeof PaperErrors>;

export const EvalReport = z.object({
  papers: z.object({
    /** gold papers scored */
    gold: z.number().int().nonnegative(),
    /** gold ids absent from the input (every gold item counts as missed) */
    missing: z.number().int().nonnegative(),
    missingIds: z.array(z.string()),
    /** input lines that could not be read (their papers count as missing) */
    rejectedInputLines: z.number().int().nonnegative(),
  }),
  entities: z.object({
    byType: z.record(EntityType, Score),
    micro: Score,
  }),
  evaluatedOn: Score,
  introduces: Score,
  /** found gold EVALUATED_ON relations that carry a value: predicted value equal (|pred - gold| < 0.0005) */
  valueRight: Agreement,
  /** found gold EVALUATED_ON relations that carry a metric: a predicted metric for the pair normalises equal */
  metricRight: Agreement,
  errors: z.array(PaperErrors).optional(),
});
export type EvalReport = z.infer<typeof EvalReport>;
