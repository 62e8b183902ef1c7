// Schema of the curated lexicon data files under src/extract/lexicon/*.json: known models, datasets,
// benchmarks and metrics with their aliases. Validated once when the extractor loads them.
import { z } from 'zod';
import { EntityType } from './extraction.ts';

export const LexiconEntry = z.object({
  /** stable canonical key shared by every alias (kebab-case of the canonical name) */
  key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** canonical display name */
  name: z.string().min(1),
  /** every type the thing can be; the first is its default (MedQA: Benchmark, Dataset) */
  types: z.array(EntityType).min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** a model family whose versions may follow the name ("Gemini" + "2.5 Pro") */
  family: z.boolean().optional(),
  /** short or ambiguous name: only the exact case of the name/aliases matches ("SAM", not "Sam") */
  strict: z.boolean().optional(),
  /** an ordinary word ("accuracy"): a metric only when a number is reported next to it */
  common: z.boolean().optional(),
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const LexiconFile = z.object({
  version: z.string().min(1),
  entries: z.array(LexiconEntry),
});
export type LexiconFile = z.infer<typeof LexiconFile>;
