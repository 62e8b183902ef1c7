// Schema of the rows the canned questions return (src/query/), shared by `medkg ask`, the web server
// and tests. Values come straight from Neo4j (integers as JS numbers).
import { z } from 'zod';

const text = z.string();
const maybeText = z.string().nullable();

export const EntityMatch = z.object({
  key: text,
  name: text,
  types: z.array(text),
  aliases: z.array(text).nullable().transform((a) => a ?? []),
  norms: z.array(text).nullable().transform((a) => a ?? []),
  degree: z.number(),
  score: z.number().optional(),
});
export type EntityMatch = z.infer<typeof EntityMatch>;

export const PaperMatch = z.object({ id: text, title: text, date: maybeText, score: z.number() });
export type PaperMatch = z.infer<typeof PaperMatch>;

export const EvaluationRow = z.object({
  model: text,
  metric: maybeText,
  value: z.number().nullable(),
  paper: text,
  paperId: text,
  date: maybeText,
  evidence: text,
});
export type EvaluationRow = z.infer<typeof EvaluationRow>;

export const LeaderboardRow = z.object({
  metric: text,
  /** which way the metric improves: 'lower' for error rates, distances, losses */
  better: z.enum(['higher', 'lower']),
  model: text,
  value: z.number(),
  paper: text,
  paperId: text,
  evidence: text,
});
export type LeaderboardRow = z.infer<typeof LeaderboardRow>;

export const ModelDataRow = z.object({
  name: text,
  types: z.array(text),
  how: z.enum(['evaluated on', 'trained on']),
  /** how many papers state it; `paper` and `evidence` are one of them (the first by id) */
  papers: z.number().int().positive(),
  paper: text,
  paperId: text,
  evidence: text,
});
export type ModelDataRow = z.infer<typeof ModelDataRow>;

export const IntroducedRow = z.object({ name: text, types: z.array(text), paper: text, paperId: text, evidence: text });
export type IntroducedRow = z.infer<typeof IntroducedRow>;

export const DatasetsPerYearRow = z.object({ year: z.number().int(), datasets: z.number().int(), examples: z.array(text) });
export type DatasetsPerYearRow = z.infer<typeof DatasetsPerYearRow>;

export const BenchmarkUsageRow = z.object({ benchmark: text, papers: z.number().int(), results: z.number().int() });
export type BenchmarkUsageRow = z.infer<typeof BenchmarkUsageRow>;

export const BenchmarkPairRow = z.object({ benchmark: text, usedWith: text, papers: z.number().int() });
export type BenchmarkPairRow = z.infer<typeof BenchmarkPairRow>;

export const CodeLinkRow = z.object({ paper: text, paperId: text, date: maybeText, url: text, kind: maybeText });
export type CodeLinkRow = z.infer<typeof CodeLinkRow>;

export const PathStep = z.object({ kind: maybeText, name: text });
export const PathRow = z.object({ steps: z.array(PathStep), via: z.array(text) });
export type PathRow = z.infer<typeof PathRow>;

/** Any answer as the CLI and the web server show it: a title, column names and plain rows. */
export const Answer = z.object({
  question: text,
  title: text,
  /** the entity or paper names the question was resolved to (for highlighting) */
  resolved: z.array(z.object({ input: text, key: text, name: text })),
  columns: z.array(text),
  rows: z.array(z.record(z.string(), z.unknown())),
});
export type Answer = z.infer<typeof Answer>;
