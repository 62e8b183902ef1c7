// Schema of a hand-annotated gold line (see ../shared/annotation-guidelines.md), read by `medkg eval`.
import { z } from 'zod';
import { EntityType } from './extraction.ts';

export const GoldEntity = z.object({
  name: z.string().min(1),
  types: z.array(EntityType).min(1),
  aliases: z.array(z.string()).default([]),
});

export const GoldRelation = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('EVALUATED_ON'),
    source: z.string(),
    target: z.string(),
    metric: z.string().nullable().optional(),
    value: z.number().nullable().optional(),
  }),
  z.object({ type: z.literal('INTRODUCES'), target: z.string() }),
]);

export const GoldRecord = z.object({
  id: z.string().min(1),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation).default([]),
  notes: z.string().optional(),
});
export type GoldRecord = z.infer<typeof GoldRecord>;
