// Schema of a paper record as it leaves ingest: the one definition of `Paper` for every stage.
import { z } from 'zod';

/** ISO date, full (`2023-12-28`), year-month (`2023-12`), year (`2023`) or month-day with unknown year (`--04-01`). */
export const PaperDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'date must be YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD');

/** Where a record came from, for error messages and provenance. */
export const SourceRef = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});

export const Paper = z.object({
  id: z.string().min(1),
  title: z.string(),
  abstract: z.string(),
  date: PaperDate.nullable(),
  /** number of authors (PubMed and JSON author lists are counted) */
  authors: z.number().int().nonnegative().nullable(),
  url: z.string().nullable(),
  upvotes: z.number().int().nonnegative().nullable(),
  doi: z.string().nullable(),
  /** abstract cut off by the source page ("...") */
  truncated: z.boolean(),
  source: SourceRef.optional(),
});
export type Paper = z.infer<typeof Paper>;

/** The record a user may feed as JSON / JSON Lines; every field but title and abstract is optional. */
export const PaperInput = z.object({
  id: z.union([z.string().min(1), z.number()]).optional(),
  title: z.string(),
  abstract: z.string(),
  url: z.string().optional().nullable(),
  date: z.string().optional().nullable(),
  authors: z.union([z.number().int().nonnegative(), z.array(z.unknown())]).optional().nullable(),
});
export type PaperInput = z.infer<typeof PaperInput>;

/** A record that could not be used, with the reason; counted and reported, never silently dropped. */
export const Reject = z.object({
  file: z.string(),
  line: z.number().int().nonnegative(),
  reason: z.string(),
  stage: z.enum(['ingest', 'extract', 'load']),
});
export type Reject = z.infer<typeof Reject>;
