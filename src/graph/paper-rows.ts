// One Extraction record → the load rows for that paper: the paper node, its entity nodes, and one row
// per fact (mention, introduction, result, training set, comparison, link), each with its evidence.
import { createHash } from 'node:crypto';
import type { Entity, Extraction, Relation } from '../schema/index.ts';
import type { EntityRow, LoadBatch, ResultRow } from '../schema/load-rows.ts';
import { canonicalName } from './canonical-names.ts';
import { normaliseName, normalisedForms, yearOf } from './normalise.ts';

export interface PaperRows {
  batch: LoadBatch;
  /** relations whose source or target names no entity of this paper */
  skippedRelations: number;
}

export function emptyBatch(): LoadBatch {
  return { papers: [], entities: [], mentions: [], introduces: [], results: [], trainedOn: [], outperforms: [], links: [] };
}

/** Stable id of a result: the same paper reporting the same score yields the same node on every load. */
export function resultId(row: Omit<ResultRow, 'id' | 'evidence'>): string {
  const basis = [row.paper, row.model, row.benchmark, row.metric ?? '', row.value ?? ''].join('\u0000');
  return `r-${createHash('sha1').update(basis).digest('hex').slice(0, 20)}`;
}

function entityRow(entity: Entity): EntityRow {
  const labels = [...new Set([entity.type, ...entity.roles])];
  const canonical = canonicalName(entity.key);
  const name = canonical ?? entity.name;
  const aliases = [...new Set([entity.name, ...entity.aliases].filter((alias) => alias !== name))];
  return { key: entity.key, name, canonical: canonical !== undefined, labels, aliases, norms: normalisedForms([name, ...aliases]) };
}

/** Maps every surface form of the paper's entities (exact, then normalised) to the entity key. */
function nameIndex(entities: Entity[]): (name: string) => string | undefined {
  const exact = new Map<string, string>();
  const normalised = new Map<string, string>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases, entity.key]) {
      if (!exact.has(form)) exact.set(form, entity.key);
      const norm = normaliseName(form);
      if (norm && !normalised.has(norm)) normalised.set(norm, entity.key);
    }
  }
  return (name) => exact.get(name) ?? normalised.get(normaliseName(name));
}

export function paperRows(record: Extraction): PaperRows {
  const batch = emptyBatch();
  const paper = record.id;
  batch.papers.push({
    id: paper,
    title: record.title,
    date: record.date,
    year: yearOf(record.date),
    authors: record.authors,
    url: record.url,
    upvotes: record.upvotes,
    truncated: record.truncated,
    hash: '',
  });
  const byKey = new Map<string, EntityRow>();
  for (const entity of record.entities) {
    const row = entityRow(entity);
    const seen = byKey.get(row.key);
    byKey.set(row.key, seen ? mergeEntityRows(seen, row) : row);
    const mention = batch.mentions.find((m) => m.key === row.key);
    if (mention) mention.count += Math.max(1, entity.mentions.length);
    else batch.mentions.push({ paper, key: row.key, count: Math.max(1, entity.mentions.length) });
  }
  batch.entities.push(...byKey.values());

  const keyOf = nameIndex(record.entities);
  let skippedRelations = 0;
  for (const relation of record.relations) {
    if (!addRelation(batch, paper, relation, keyOf)) skippedRelations += 1;
  }
  dedupeFacts(batch);
  batch.papers[0]!.hash = createHash('sha1').update(JSON.stringify(batch)).digest('hex');
  return { batch, skippedRelations };
}

/** The identity of each fact (what one relationship or result node stands for), per paper. */
export const FACT_IDENTITY = {
  mentions: (r: LoadBatch['mentions'][number]) => `${r.paper}\u0000${r.key}`,
  introduces: (r: LoadBatch['introduces'][number]) => `${r.paper}\u0000${r.key}`,
  results: (r: LoadBatch['results'][number]) => r.id,
  trainedOn: (r: LoadBatch['trainedOn'][number]) => `${r.model}\u0000${r.dataset}\u0000${r.paper}`,
  outperforms: (r: LoadBatch['outperforms'][number]) => `${r.winner}\u0000${r.loser}\u0000${r.paper}\u0000${r.on}`,
  links: (r: LoadBatch['links'][number]) => `${r.paper}\u0000${r.key}`,
};
export type FactKind = keyof typeof FACT_IDENTITY;
export const FACT_KINDS = Object.keys(FACT_IDENTITY) as FactKind[];

/** A fact stated twice in one abstract is one fact: the first statement (and its evidence) is kept. */
function dedupeFacts(batch: LoadBatch): void {
  for (const kind of FACT_KINDS) {
    const identity = FACT_IDENTITY[kind] as (row: unknown) => string;
    const seen = new Set<string>();
    (batch[kind] as unknown[]) = (batch[kind] as unknown[]).filter((row) => {
      const id = identity(row);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  }
}

function addRelation(batch: LoadBatch, paper: string, relation: Relation, keyOf: (name: string) => string | undefined): boolean {
  const target = keyOf(relation.target);
  const evidence = relation.evidence.text;
  if (!target) return false;
  switch (relation.type) {
    case 'INTRODUCES':
      batch.introduces.push({ paper, key: target, evidence });
      return true;
    case 'LINKS_TO':
      batch.links.push({ paper, key: target, kind: relation.linkKind ?? null, evidence });
      return true;
    default:
      break;
  }
  const source = keyOf(relation.source);
  if (!source || source === target) return false;
  if (relation.type === 'EVALUATED_ON') {
    const fact = { paper, model: source, benchmark: target, metric: relation.metric, value: relation.value };
    batch.results.push({ id: resultId(fact), ...fact, evidence });
  } else if (relation.type === 'TRAINED_ON') {
    batch.trainedOn.push({ paper, model: source, dataset: target, evidence });
  } else {
    const benchmark = relation.benchmark ? (keyOf(relation.benchmark) ?? null) : null;
    batch.outperforms.push({ paper, winner: source, loser: target, on: benchmark ?? '', benchmark: relation.benchmark ?? null, evidence });
  }
  return true;
}

/** Union of two rows for the same key: first name wins, other names become aliases. */
export function mergeEntityRows(a: EntityRow, b: EntityRow): EntityRow {
  const aliases = [...new Set([...a.aliases, ...(b.name === a.name ? [] : [b.name]), ...b.aliases])].filter((x) => x !== a.name);
  return {
    key: a.key,
    name: a.name,
    canonical: a.canonical || b.canonical,
    labels: [...new Set([...a.labels, ...b.labels])],
    aliases,
    norms: [...new Set([...a.norms, ...b.norms])],
  };
}
