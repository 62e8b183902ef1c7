// Relation scoring for one paper: EVALUATED_ON as (source, target) pairs and INTRODUCES as targets.
// Endpoints are compared by surface forms, widened to the aliases of the entity they name, so a
// relation written with an alias still matches. Also counts how often the value and metric agree.
import type { EvalError } from '../schema/eval.ts';
import type { Extraction, GoldRecord } from '../schema/index.ts';
import { maximumMatching } from './bipartite.ts';
import type { AgreementTally, Tally } from './counts.ts';
import { intersects, surfaceKeys } from './normalise.ts';

/** Values agree when they differ by less than this (the number as written, percent sign dropped). */
export const VALUE_TOLERANCE = 0.0005;

interface Endpoints {
  label: string;
  source: Set<string>;
  target: Set<string>;
  /** metric/value of every relation folded into this pair or target */
  facts: { metric: Set<string> | null; value: number | null }[];
}

/** Surface keys of a name, widened to the name and aliases of the entity it refers to. */
function resolver(entities: { name: string; aliases: string[] }[]): (name: string) => Set<string> {
  return (name) => {
    const keys = surfaceKeys(name);
    const entity = entities.find((e) => intersects(surfaceKeys(e.name, e.aliases), keys));
    return entity ? surfaceKeys(entity.name, entity.aliases) : keys;
  };
}

/** Group relations with the same endpoints into one item. */
function group(items: Endpoints[]): Endpoints[] {
  const grouped: Endpoints[] = [];
  for (const item of items) {
    const same = grouped.find(
      (g) => intersects(g.source, item.source) && intersects(g.target, item.target),
    );
    if (same) same.facts.push(...item.facts);
    else grouped.push(item);
  }
  return grouped;
}

function matchItems(
  golds: Endpoints[],
  preds: Endpoints[],
  what: 'EVALUATED_ON' | 'INTRODUCES',
): { tally: Tally; errors: EvalError[]; pairs: [Endpoints, Endpoints][] } {
  const candidates = golds.map((g) =>
    preds.flatMap((p, i) => (intersects(g.source, p.source) && intersects(g.target, p.target) ? [i] : [])),
  );
  const goldToPred = maximumMatching(candidates, preds.length);
  const matched = new Set(goldToPred.filter((p) => p !== -1));
  const errors: EvalError[] = [];
  const pairs: [Endpoints, Endpoints][] = [];
  golds.forEach((g, gi) => {
    const pi = goldToPred[gi] ?? -1;
    if (pi === -1) errors.push({ kind: 'FN', what, name: g.label });
    else pairs.push([g, preds[pi]!]);
  });
  preds.forEach((p, pi) => {
    if (!matched.has(pi)) errors.push({ kind: 'FP', what, name: p.label });
  });
  const tally = { tp: pairs.length, fp: preds.length - matched.size, fn: golds.length - pairs.length };
  return { tally, errors, pairs };
}

export function scoreRelations(
  record: GoldRecord,
  extraction: Extraction | undefined,
): {
  evaluatedOn: Tally;
  introduces: Tally;
  valueRight: AgreementTally;
  metricRight: AgreementTally;
  errors: EvalError[];
} {
  const goldKeys = resolver(record.entities);
  const predKeys = resolver(extraction?.entities ?? []);
  const paperKey = new Set(['paper']);
  const predRelations = extraction?.relations ?? [];

  const goldEvaluated = group(
    record.relations.flatMap((r) =>
      r.type === 'EVALUATED_ON'
        ? [{
            label: `${r.source} -> ${r.target}`,
            source: goldKeys(r.source),
            target: goldKeys(r.target),
            facts: [{ metric: r.metric ? goldKeys(r.metric) : null, value: r.value ?? null }],
          }]
        : [],
    ),
  );
  const predEvaluated = group(
    predRelations.flatMap((r) =>
      r.type === 'EVALUATED_ON'
        ? [{
            label: `${r.source} -> ${r.target}`,
            source: predKeys(r.source),
            target: predKeys(r.target),
            facts: [{ metric: r.metric ? predKeys(r.metric) : null, value: r.value }],
          }]
        : [],
    ),
  );
  const goldIntroduced = group(
    record.relations.flatMap((r) =>
      r.type === 'INTRODUCES' ? [{ label: r.target, source: paperKey, target: goldKeys(r.target), facts: [] }] : [],
    ),
  );
  const predIntroduced = group(
    predRelations.flatMap((r) =>
      r.type === 'INTRODUCES' ? [{ label: r.target, source: paperKey, target: predKeys(r.target), facts: [] }] : [],
    ),
  );

  const evaluated = matchItems(goldEvaluated, predEvaluated, 'EVALUATED_ON');
  const introduced = matchItems(goldIntroduced, predIntroduced, 'INTRODUCES');

  const valueRight = { right: 0, total: 0 };
  const metricRight = { right: 0, total: 0 };
  for (const [gold, pred] of evaluated.pairs) {
    for (const fact of gold.facts) {
      if (fact.value !== null) {
        valueRight.total++;
        if (pred.facts.some((p) => p.value !== null && Math.abs(p.value - fact.value!) < VALUE_TOLERANCE)) {
          valueRight.right++;
        }
      }
      if (fact.metric !== null) {
        metricRight.total++;
        if (pred.facts.some((p) => p.metric !== null && intersects(p.metric, fact.metric!))) metricRight.right++;
      }
    }
  }

  return {
    evaluatedOn: evaluated.tally,
    introduces: introduced.tally,
    valueRight,
    metricRight,
    errors: [...evaluated.errors, ...introduced.errors],
  };
}
