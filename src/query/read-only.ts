// `medkg cypher`: any Cypher the user types, run read-only. The plan is checked first (EXPLAIN: only
// read queries pass) and the query then runs in a READ-mode transaction, so the server refuses writes too.
import neo4j from 'neo4j-driver';
import type { Connection } from '../db/index.ts';
import { QueryRefusedError } from '../errors.ts';
import { asDatabaseError } from '../load/database-errors.ts';

export interface CypherResult {
  columns: string[];
  rows: Record<string, unknown>[];
}

const WRITE_REFUSED = 'refused: `medkg cypher` runs read-only queries; this query would write to the graph';

function isWriteRefusal(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return code.includes('AccessMode') || code.includes('Forbidden') || /write|read[ -]only|access mode/i.test(String((error as Error)?.message));
}

export async function runReadOnly(conn: Connection, query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const session = conn.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
  try {
    // EXPLAIN plans without running; its queryType is 'r' only for read-only queries
    const plan = await session.executeRead((tx) => tx.run(`EXPLAIN ${query}`, params));
    if (plan.summary.queryType !== 'r') throw new QueryRefusedError(WRITE_REFUSED);
    const result = await session.executeRead((tx) => tx.run(query, params));
    return { columns: [...result.records[0]?.keys ?? []].map(String), rows: result.records.map((r) => plainValue(r.toObject()) as Record<string, unknown>) };
  } catch (error) {
    if (error instanceof QueryRefusedError) throw error;
    if (isWriteRefusal(error)) throw new QueryRefusedError(WRITE_REFUSED);
    const code = (error as { code?: unknown })?.code;
    if (typeof code === 'string' && code.startsWith('Neo.ClientError')) {
      throw new QueryRefusedError(`query failed: ${(error as Error).message.split('\n')[0]}`);
    }
    throw asDatabaseError(error, conn.uri, 'start it (`medkg db start`) or set NEO4J_URI');
  } finally {
    await session.close();
  }
}

/** Nodes, relationships and paths as plain JSON-able values (labels/type plus properties). */
export function plainValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainValue);
  if (neo4j.isNode(value as never)) {
    const node = value as unknown as { labels: string[]; properties: Record<string, unknown> };
    return { labels: node.labels, ...(plainValue(node.properties) as object) };
  }
  if (neo4j.isRelationship(value as never)) {
    const rel = value as unknown as { type: string; properties: Record<string, unknown> };
    return { type: rel.type, ...(plainValue(rel.properties) as object) };
  }
  if (neo4j.isPath(value as never)) {
    const path = value as unknown as { segments: { start: unknown; relationship: unknown; end: unknown }[] };
    return path.segments.map((s) => [plainValue(s.start), plainValue(s.relationship), plainValue(s.end)]);
  }
  if (neo4j.isInt(value as never)) return (value as { toNumber(): number }).toNumber();
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  if (value && typeof value === 'object' && 'toString' in value && value.constructor !== Object) return String(value);
  return value;
}

/** `--param k=v`: v as JSON when it parses (numbers, booleans, lists), else as a string; whole numbers become integers. */
export function parseParam(pair: string): [string, unknown] {
  const eq = pair.indexOf('=');
  if (eq <= 0) throw new QueryRefusedError(`--param expects name=value, got "${pair}"`);
  const name = pair.slice(0, eq);
  const raw = pair.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  if (typeof value === 'number' && Number.isInteger(value)) value = neo4j.int(value);
  return [name, value];
}
