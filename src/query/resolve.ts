// Alias-aware lookup of what a user typed: an entity by key, by any normalised surface form seen in any
// paper ("MedQA (USMLE)" ≡ "MedQA-USMLE"), or else by the best full-text match whose normalised form
// is a prefix of the input ("MedQA-USMLE" → "MedQA"); papers by id or title words.
import { QueryRefusedError } from '../errors.ts';
import type { Connection } from '../db/index.ts';
import { normaliseName } from '../graph/normalise.ts';
import { EntityMatch, PaperMatch } from '../schema/answers.ts';
import { anyWordQuery, exactTermQuery, prefixQuery } from './lucene.ts';
import { integer, readRows } from './run.ts';

/** Entities whose key or normalised surface form equals the input's, best-connected first. */
export async function exactEntities(conn: Connection, text: string): Promise<EntityMatch[]> {
  // a norm is letters and digits only; "-" is a term no entity has, for input without any
  const norm = normaliseName(text) || '-';
  return readRows(conn, 'entity-exact', { key: text, normQuery: exactTermQuery(norm) }, EntityMatch);
}

/** Full-text search over names and aliases; `prefix` makes the last word a prefix (autocomplete). */
export async function searchEntities(conn: Connection, text: string, limit = 10, prefix = true): Promise<EntityMatch[]> {
  const query = prefix ? prefixQuery(text) : anyWordQuery(text);
  if (!query) return [];
  return readRows(conn, 'entity-search', { query, limit: integer(limit) }, EntityMatch);
}

/** How well a candidate's forms fit the input's normalised form (longer shared prefix wins). */
export function prefixFit(inputNorm: string, candidate: EntityMatch): number {
  let best = 0;
  for (const norm of candidate.norms) {
    if (inputNorm.startsWith(norm) || norm.startsWith(inputNorm)) best = Math.max(best, Math.min(norm.length, inputNorm.length));
  }
  return best;
}

/** The one entity the text most likely names, or null. */
export async function resolveEntity(conn: Connection, text: string): Promise<EntityMatch | null> {
  const exact = await exactEntities(conn, text.trim());
  if (exact.length) return exact[0]!;
  const inputNorm = normaliseName(text);
  const candidates = await searchEntities(conn, text, 25, false);
  const fitting = candidates
    .map((candidate) => ({ candidate, fit: prefixFit(inputNorm, candidate) }))
    .filter(({ fit }) => fit >= 3)
    .sort((a, b) => b.fit - a.fit || (b.candidate.score ?? 0) - (a.candidate.score ?? 0) || b.candidate.degree - a.candidate.degree);
  return fitting[0]?.candidate ?? null;
}

/** Like resolveEntity, but a miss is a QueryRefusedError naming the input. */
export async function requireEntity(conn: Connection, text: string): Promise<EntityMatch> {
  const entity = await resolveEntity(conn, text);
  if (!entity) throw new QueryRefusedError(`no model, dataset or benchmark called "${text}" in the graph`);
  return entity;
}

/** A paper by exact id, else the best title match. */
export async function resolvePaper(conn: Connection, text: string): Promise<PaperMatch | null> {
  const byId = await readRows(conn, 'paper-by-id', { id: text.trim() }, PaperMatch);
  if (byId.length) return byId[0]!;
  const titleQuery = anyWordQuery(text);
  if (!titleQuery) return null;
  const byTitle = await readRows(conn, 'paper-by-title', { titleQuery }, PaperMatch);
  return byTitle[0] ?? null;
}
