// Tallies of a scoring run (true/false positives and negatives, agreement counts) and the
// precision/recall/F1 derived from them.
import type { Agreement, Score } from '../schema/eval.ts';
import { EntityType } from '../schema/extraction.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export interface AgreementTally {
  right: number;
  total: number;
}

export interface PaperCounts {
  entities: Record<EntityType, Tally>;
  evaluatedOn: Tally;
  introduces: Tally;
  valueRight: AgreementTally;
  metricRight: AgreementTally;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });

export function emptyCounts(): PaperCounts {
  const entities = Object.fromEntries(EntityType.options.map((t) => [t, emptyTally()])) as Record<EntityType, Tally>;
  return {
    entities,
    evaluatedOn: emptyTally(),
    introduces: emptyTally(),
    valueRight: { right: 0, total: 0 },
    metricRight: { right: 0, total: 0 },
  };
}

function addTally(into: Tally, from: Tally): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

export function addCounts(into: PaperCounts, from: PaperCounts): void {
  for (const type of EntityType.options) addTally(into.entities[type], from.entities[type]);
  addTally(into.evaluatedOn, from.evaluatedOn);
  addTally(into.introduces, from.introduces);
  into.valueRight.right += from.valueRight.right;
  into.valueRight.total += from.valueRight.total;
  into.metricRight.right += from.metricRight.right;
  into.metricRight.total += from.metricRight.total;
}

/** A ratio whose denominator is 0 is 1 when there was nothing to find and nothing found, else 0. */
function ratio(part: number, whole: number, empty: boolean): number {
  if (whole > 0) return part / whole;
  return empty ? 1 : 0;
}

export function score({ tp, fp, fn }: Tally): Score {
  const empty = tp + fp + fn === 0;
  const precision = ratio(tp, tp + fp, empty);
  const recall = ratio(tp, tp + fn, empty);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

export function agreement({ right, total }: AgreementTally): Agreement {
  return { right, total, share: total > 0 ? right / total : 1 };
}
