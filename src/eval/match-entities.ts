// Entity scoring for one paper: a predicted entity matches a gold entity when any of its surface
// forms (name, aliases) normalises equal to any of the gold's, and its type (or one of its roles) is
// one the gold allows. Each gold entity is matched at most once (maximum one-to-one matching).
import type { EvalError } from '../schema/eval.ts';
import type { EntityType, Extraction, GoldRecord } from '../schema/index.ts';
import { maximumMatching } from './bipartite.ts';
import type { Tally } from './counts.ts';
import { intersects, surfaceKeys } from './normalise.ts';

interface GoldSide {
  name: string;
  keys: Set<string>;
  types: EntityType[];
}
interface PredSide {
  name: string;
  keys: Set<string>;
  /** the entity's type first, then its other roles */
  types: EntityType[];
}

function goldSide(record: GoldRecord): GoldSide[] {
  return record.entities.map((e) => ({ name: e.name, keys: surfaceKeys(e.name, e.aliases), types: e.types }));
}

function predSide(extraction: Extraction | undefined): PredSide[] {
  return (extraction?.entities ?? []).map((e) => ({
    name: e.name,
    keys: surfaceKeys(e.name, e.aliases),
    types: [...new Set([e.type, ...(e.roles ?? [])])],
  }));
}

/** The type a match is counted under: the predicted type when the gold allows it, else the first allowed role. */
function typeOfMatch(gold: GoldSide, pred: PredSide): EntityType | undefined {
  return pred.types.find((t) => gold.types.includes(t));
}

export function scoreEntities(
  record: GoldRecord,
  extraction: Extraction | undefined,
): { byType: Record<EntityType, Tally>; errors: EvalError[] } {
  const golds = goldSide(record);
  const preds = predSide(extraction);
  const candidates = golds.map((g) => {
    const found: number[] = [];
    preds.forEach((p, i) => {
      if (intersects(g.keys, p.keys) && typeOfMatch(g, p)) found.push(i);
    });
    // a prediction whose own type is allowed is preferred over one that only matches through a role
    const rank = (i: number): number => (g.types.includes(preds[i]!.types[0]!) ? 0 : 1);
    return found.sort((a, b) => rank(a) - rank(b));
  });
  const goldToPred = maximumMatching(candidates, preds.length);
  const matchedPreds = new Set(goldToPred.filter((p) => p !== -1));

  const byType: Record<EntityType, Tally> = {
    Model: { tp: 0, fp: 0, fn: 0 },
    Dataset: { tp: 0, fp: 0, fn: 0 },
    Benchmark: { tp: 0, fp: 0, fn: 0 },
    Metric: { tp: 0, fp: 0, fn: 0 },
    URL: { tp: 0, fp: 0, fn: 0 },
  };
  const errors: EvalError[] = [];

  golds.forEach((g, gi) => {
    const pi = goldToPred[gi] ?? -1;
    if (pi !== -1) {
      byType[typeOfMatch(g, preds[pi]!)!].tp++;
      return;
    }
    const type = g.types[0]!;
    byType[type].fn++;
    const sameName = preds.find((p) => intersects(g.keys, p.keys));
    const note = sameName
      ? typeOfMatch(g, sameName)
        ? `name also matched by another gold entity`
        : `predicted as ${sameName.types.join('/')} "${sameName.name}"`
      : undefined;
    errors.push({ kind: 'FN', what: 'entity', type, name: g.name, ...(note ? { note } : {}) });
  });

  preds.forEach((p, pi) => {
    if (matchedPreds.has(pi)) return;
    const type = p.types[0]!;
    byType[type].fp++;
    const sameName = golds.find((g) => intersects(g.keys, p.keys));
    const note = sameName
      ? typeOfMatch(sameName, p)
        ? `duplicate of "${sameName.name}"`
        : `gold says ${sameName.types.join('/')} "${sameName.name}"`
      : undefined;
    errors.push({ kind: 'FP', what: 'entity', type, name: p.name, ...(note ? { note } : {}) });
  });

  return { byType, errors };
}
