// Schema of the extraction output (`medkg extract` JSON Lines): one record per paper with entities,
// relations and evidence. Offsets index `title + "\n" + abstract`.
import { z } from 'zod';
import { Paper } from './paper.ts';

export const EntityType = z.enum(['Model', 'Dataset', 'Benchmark', 'Metric', 'URL']);
export type EntityType = z.infer<typeof EntityType>;

export const RelationType = z.enum(['EVALUATED_ON', 'INTRODUCES', 'TRAINED_ON', 'OUTPERFORMS', 'LINKS_TO']);
export type RelationType = z.infer<typeof RelationType>;

export const LinkKind = z.enum(['code', 'model-hub', 'dataset', 'project-page']);
export type LinkKind = z.infer<typeof LinkKind>;

export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Span = z.infer<typeof Span>;

export const Entity = z.object({
  type: EntityType,
  /** display name: the fullest surface form */
  name: z.string().min(1),
  /** canonical key shared by every surface form of the same real thing across the corpus */
  key: z.string().min(1),
  /** every type this entity is used as in this paper (a name can be Benchmark and Dataset) */
  roles: z.array(EntityType).default([]),
  aliases: z.array(z.string()).default([]),
  mentions: z.array(Span),
});
export type Entity = z.infer<typeof Entity>;

export const Relation = z.object({
  type: RelationType,
  /** entity name, or the paper id for INTRODUCES and LINKS_TO */
  source: z.string().min(1),
  /** entity name */
  target: z.string().min(1),
  metric: z.string().nullable().default(null),
  value: z.number().nullable().default(null),
  /** OUTPERFORMS: the benchmark the comparison was made on, when stated */
  benchmark: z.string().nullable().optional(),
  /** LINKS_TO: what the link points at */
  linkKind: LinkKind.nullable().optional(),
  evidence: Span,
});
export type Relation = z.infer<typeof Relation>;

export const Extraction = Paper.extend({
  entities: z.array(Entity),
  relations: z.array(Relation),
});
export type Extraction = z.infer<typeof Extraction>;
