// The JSON API of `medkg serve`, defined once with zod: query parameters (validated on the server)
// and response records (their types are imported by the browser view, so both sides agree).
import { z } from 'zod';

/** Node kinds the view knows; Paper nodes sit beside the extracted entity types. */
export const NodeType = z.enum(['Paper', 'Model', 'Dataset', 'Benchmark', 'Metric', 'URL']);
export type NodeType = z.infer<typeof NodeType>;

/** A comma-separated list of node types in a query string. */
const nodeTypeList = z
  .string()
  .max(500)
  .transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))
  .pipe(z.array(NodeType));

const entityId = z.string().min(1, 'id must not be empty').max(500);

export const SliceQuery = z.object({
  /** centre of the slice (node id); absent: the top nodes by degree */
  focus: entityId.optional(),
  depth: z.coerce.number().int().min(1).max(3).default(1),
  /** only these node types (comma separated) */
  types: nodeTypeList.optional(),
  limit: z.coerce.number().int().min(1).max(20_000).default(400),
});
export type SliceQuery = z.infer<typeof SliceQuery>;

export const BenchmarkQuery = z.object({ id: entityId });
export const EntityQuery = z.object({ id: entityId });
export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export const AskQuery = z.object({ q: z.string().trim().min(1, 'q must not be empty').max(500) });
/** Node keys, names, aliases or paper ids (the refs of an answer). */
export const RefsBody = z.object({ refs: z.array(entityId).min(1).max(2000) });

export const GraphNode = z.object({
  id: z.string(),
  label: z.string(),
  type: NodeType,
  /** every type the node carries (a name can be Benchmark and Dataset) */
  types: z.array(NodeType),
  aliases: z.array(z.string()),
  degree: z.number().int().nonnegative(),
  papers: z.number().int().nonnegative(),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  metric: z.string().nullable(),
  value: z.number().nullable(),
  paper: z.string().nullable(),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const GraphSlice = z.object({
  nodes: z.array(GraphNode),
  edges: z.array(GraphEdge),
  /** the focus node, when the slice was asked around one */
  focus: z.string().nullable(),
  /** true when the limit cut the slice */
  truncated: z.boolean(),
});
export type GraphSlice = z.infer<typeof GraphSlice>;

export const SearchHit = z.object({
  id: z.string(),
  name: z.string(),
  type: NodeType,
  /** the alias that matched, when it was not the name */
  alias: z.string().nullable(),
  degree: z.number().int().nonnegative(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const PaperRef = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  url: z.string().nullable(),
});
export type PaperRef = z.infer<typeof PaperRef>;

export const ResultRow = z.object({
  model: z.string(),
  benchmark: z.string(),
  metric: z.string().nullable(),
  value: z.number().nullable(),
  paper: PaperRef.nullable(),
});
export type ResultRow = z.infer<typeof ResultRow>;

export const EvidenceRow = z.object({
  relation: z.string(),
  text: z.string(),
  paper: PaperRef.nullable(),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

export const LinkRow = z.object({ url: z.string(), kind: z.string().nullable() });

export const EntityDetails = z.object({
  id: z.string(),
  name: z.string(),
  type: NodeType,
  types: z.array(NodeType),
  aliases: z.array(z.string()),
  papers: z.array(PaperRef),
  results: z.array(ResultRow),
  evidence: z.array(EvidenceRow),
  links: z.array(LinkRow),
});
export type EntityDetails = z.infer<typeof EntityDetails>;

export const AskAnswer = z.object({
  question: z.string(),
  /** which canned question answered it (null: none matched) */
  template: z.string().nullable(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]))),
  /** per row: the evidence sentence behind it, when there is one */
  notes: z.array(z.string().nullable()),
  /** keys, names and paper ids named in the answer, for highlighting its subgraph */
  refs: z.array(z.string()),
  /** when no template matched: the phrasings that are understood */
  suggestions: z.array(z.string()),
});
export type AskAnswer = z.infer<typeof AskAnswer>;

export const Health = z.object({
  neo4j: z.enum(['up', 'down']),
  message: z.string(),
  hint: z.string().nullable(),
  nodes: z.number().int().nullable(),
});
export type Health = z.infer<typeof Health>;

export const ApiError = z.object({ error: z.string(), hint: z.string().optional() });
export type ApiError = z.infer<typeof ApiError>;
