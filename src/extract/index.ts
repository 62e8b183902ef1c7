// Public face of the extract stage: one paper in, typed entities and relations with evidence out.
import type { Extraction, Paper } from '../schema/index.ts';

/** Extract entities and relations from one paper. Pure and synchronous, so it can run in worker threads. */
export function extractPaper(paper: Paper): Extraction {
  return { ...paper, entities: [], relations: [] };
}
