// Question answering for the view: the same canned-question matcher and queries as `medkg ask`,
// reshaped as a table for the panel plus the names in the answer (for highlighting its subgraph).
import type { Connection } from '../db/index.ts';
import { ask, TEMPLATES, UnknownQuestionError } from '../query/index.ts';
import type { AskAnswer } from './api-schema.ts';

/** Answer columns that name entities: their values become the highlighted subgraph (papers stay in
 * the table: as nodes they would bury the answer under long titles). */
const NODE_COLUMNS = ['model', 'benchmark', 'name', 'usedWith'];
/** Columns the panel leaves out of the table (shown as the row's tooltip or not at all). */
const HIDDEN_COLUMNS = ['paperId', 'evidence'];

type Cell = AskAnswer['rows'][number][number];

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

export async function askQuestion(conn: Connection, question: string): Promise<AskAnswer> {
  try {
    const answer = await ask(conn, question);
    const columns = answer.columns.filter((c) => !HIDDEN_COLUMNS.includes(c));
    const refs = new Set<string>(answer.resolved.map((r) => r.key));
    for (const row of answer.rows) {
      for (const c of NODE_COLUMNS) {
        const v = row[c];
        if (typeof v === 'string' && v) refs.add(v);
      }
    }
    return {
      question,
      template: answer.title,
      columns,
      rows: answer.rows.map((row) => columns.map((c) => cell(row[c]))),
      notes: answer.rows.map((row) => (typeof row.evidence === 'string' ? row.evidence : null)),
      refs: [...refs].slice(0, 2000),
      suggestions: [],
    };
  } catch (error) {
    if (!(error instanceof UnknownQuestionError)) throw error;
    return { question, template: null, columns: [], rows: [], notes: [], refs: [], suggestions: TEMPLATES.map((t) => t.example) };
  }
}
