// The canned questions as typed functions: each runs one parameterised file of cypher/queries/ and
// returns zod-checked rows. Names are resolved alias-aware first (see resolve.ts).
import { z } from 'zod';
import type { Connection } from '../db/index.ts';
import {
  BenchmarkPairRow,
  BenchmarkUsageRow,
  CodeLinkRow,
  DatasetsPerYearRow,
  EvaluationRow,
  IntroducedRow,
  LeaderboardRow,
  ModelDataRow,
  PathRow,
} from '../schema/answers.ts';
import { LOWER_IS_BETTER_PATTERN } from './metric-direction.ts';
import { integer, readRows } from './run.ts';

const PaperIdRow = z.object({ id: z.string() });

export const DEFAULT_LIMIT = 50;

/** Every result reported on the benchmark/dataset with this key. */
export function modelsEvaluatedOn(conn: Connection, key: string, limit = 200): Promise<EvaluationRow[]> {
  return readRows(conn, 'models-evaluated-on', { key, limit: integer(limit) }, EvaluationRow);
}

/** Best value per model and metric on the benchmark with this key (lowest for error-like metrics). */
export function leaderboard(conn: Connection, key: string, limit = DEFAULT_LIMIT): Promise<LeaderboardRow[]> {
  return readRows(conn, 'leaderboard', { key, limit: integer(limit), lowerIsBetter: LOWER_IS_BETTER_PATTERN }, LeaderboardRow);
}

/** Benchmarks and datasets the model with this key was evaluated or trained on: one row each, with a paper count. */
export function modelData(conn: Connection, key: string, limit = 1000): Promise<ModelDataRow[]> {
  return readRows(conn, 'model-data', { key, limit: integer(limit) }, ModelDataRow);
}

/** What the paper with this id introduces. */
export function paperIntroduces(conn: Connection, paperId: string): Promise<IntroducedRow[]> {
  return readRows(conn, 'paper-introduces', { id: paperId }, IntroducedRow);
}

/** Ids of the papers that introduce the entity with this key. */
export async function papersIntroducing(conn: Connection, key: string): Promise<string[]> {
  const rows = await readRows(conn, 'papers-introducing', { key }, PaperIdRow);
  return rows.map((row) => row.id);
}

export function datasetsPerYear(conn: Connection, examples = 10): Promise<DatasetsPerYearRow[]> {
  return readRows(conn, 'datasets-per-year', { limit: integer(examples) }, DatasetsPerYearRow);
}

export function mostUsedBenchmarks(conn: Connection, limit = 20): Promise<BenchmarkUsageRow[]> {
  return readRows(conn, 'most-used-benchmarks', { limit: integer(limit) }, BenchmarkUsageRow);
}

/** Benchmark pairs used by the same papers; with a key, only the pairs that include that benchmark. */
export function benchmarksUsedTogether(conn: Connection, key: string | null = null, limit = 20): Promise<BenchmarkPairRow[]> {
  return key
    ? readRows(conn, 'benchmarks-used-with', { key, limit: integer(limit) }, BenchmarkPairRow)
    : readRows(conn, 'benchmarks-together', { limit: integer(limit) }, BenchmarkPairRow);
}

export function papersWithCode(conn: Connection, kind = 'code', limit = 100): Promise<CodeLinkRow[]> {
  return readRows(conn, 'papers-with-code', { kind, limit: integer(limit) }, CodeLinkRow);
}

/** Shortest path between two entity keys (null when they are not connected within 8 hops). */
export async function shortestPath(conn: Connection, fromKey: string, toKey: string): Promise<PathRow | null> {
  if (fromKey === toKey) return { steps: [], via: [] };
  const rows = await readRows(conn, 'shortest-path', { from: fromKey, to: toKey }, PathRow);
  return rows[0] ?? null;
}
