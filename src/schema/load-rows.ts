// Schema of the rows the loader sends to Neo4j (one array per `cypher/load/*.cypher` statement) and of
// the load summary. Built from Extraction records by src/graph/; also the source of the bulk CSV export.
import { z } from 'zod';
import { EntityType, LinkKind } from './extraction.ts';

export const PaperRow = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: z.string().nullable(),
  year: z.number().int().nullable(),
  authors: z.number().int().nullable(),
  url: z.string().nullable(),
  upvotes: z.number().int().nullable(),
  truncated: z.boolean(),
  /** fingerprint of everything this paper contributes (its properties, entities and facts) */
  hash: z.string(),
});
export type PaperRow = z.infer<typeof PaperRow>;

/** One entity node, merged across papers by `key`; labels are unioned, aliases and norms merged. */
export const EntityRow = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  /** whether `name` is the lexicon's canonical name (it then replaces a name stored by an earlier load) */
  canonical: z.boolean(),
  labels: z.array(EntityType).min(1),
  aliases: z.array(z.string()),
  /** normalised surface forms (lower-case alphanumerics) for alias-aware exact lookup */
  norms: z.array(z.string()),
});
export type EntityRow = z.infer<typeof EntityRow>;

export const MentionRow = z.object({ paper: z.string(), key: z.string(), count: z.number().int().positive() });
export type MentionRow = z.infer<typeof MentionRow>;

export const IntroducesRow = z.object({ paper: z.string(), key: z.string(), evidence: z.string() });
export type IntroducesRow = z.infer<typeof IntroducesRow>;

/** An EVALUATED_ON fact, stored as a :Result node so that each paper's score stays its own node. */
export const ResultRow = z.object({
  id: z.string().min(1),
  paper: z.string(),
  model: z.string(),
  benchmark: z.string(),
  metric: z.string().nullable(),
  value: z.number().nullable(),
  evidence: z.string(),
});
export type ResultRow = z.infer<typeof ResultRow>;

export const TrainedOnRow = z.object({ paper: z.string(), model: z.string(), dataset: z.string(), evidence: z.string() });
export type TrainedOnRow = z.infer<typeof TrainedOnRow>;

export const OutperformsRow = z.object({
  paper: z.string(),
  winner: z.string(),
  loser: z.string(),
  /** benchmark key the comparison was made on, '' when the sentence names none */
  on: z.string(),
  benchmark: z.string().nullable(),
  evidence: z.string(),
});
export type OutperformsRow = z.infer<typeof OutperformsRow>;

export const LinkRow = z.object({ paper: z.string(), key: z.string(), kind: LinkKind.nullable(), evidence: z.string() });
export type LinkRow = z.infer<typeof LinkRow>;

/** Everything one batch writes, in dependency order (nodes before the relationships that use them). */
export const LoadBatch = z.object({
  papers: z.array(PaperRow),
  entities: z.array(EntityRow),
  mentions: z.array(MentionRow),
  introduces: z.array(IntroducesRow),
  results: z.array(ResultRow),
  trainedOn: z.array(TrainedOnRow),
  outperforms: z.array(OutperformsRow),
  links: z.array(LinkRow),
});
export type LoadBatch = z.infer<typeof LoadBatch>;

export const LoadSummary = z.object({
  papers: z.number().int(),
  rejected: z.number().int(),
  /** relations whose source or target is not an entity of the same paper */
  skippedRelations: z.number().int(),
  nodesCreated: z.number().int(),
  nodesMatched: z.number().int(),
  relationshipsCreated: z.number().int(),
  relationshipsMatched: z.number().int(),
  propertiesSet: z.number().int(),
  seconds: z.number(),
});
export type LoadSummary = z.infer<typeof LoadSummary>;
