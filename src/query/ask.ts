// `ask`: a plain-English question → the matching canned query → an Answer table (title, columns, rows)
// with the names it resolved. Unknown questions raise UnknownQuestionError, which lists the templates.
import type { Connection } from '../db/index.ts';
import { QueryRefusedError } from '../errors.ts';
import type { Answer } from '../schema/answers.ts';
import * as q from './questions.ts';
import { requireEntity, resolveEntity, resolvePaper } from './resolve.ts';
import { matchQuestion, templateList, type MatchedQuestion } from './templates.ts';

export class UnknownQuestionError extends QueryRefusedError {
  constructor(readonly question: string) {
    super(`I do not know how to answer "${question}"; questions I know:\n${templateList()}`);
  }
}

type Resolved = Answer['resolved'];

function answer(question: string, title: string, resolved: Resolved, rows: Record<string, unknown>[], columns?: string[]): Answer {
  return { question, title, resolved, columns: columns ?? Object.keys(rows[0] ?? {}), rows };
}

export async function ask(conn: Connection, question: string): Promise<Answer> {
  const matched = matchQuestion(question);
  if (!matched) throw new UnknownQuestionError(question);
  return runQuestion(conn, matched, question);
}

/** Runs an already matched question (the web server may build MatchedQuestion itself). */
export async function runQuestion(conn: Connection, matched: MatchedQuestion, question: string = matched.id): Promise<Answer> {
  const [first = '', second = ''] = matched.args;
  switch (matched.id) {
    case 'models-evaluated-on': {
      const e = await requireEntity(conn, first);
      const rows = await q.modelsEvaluatedOn(conn, e.key);
      return answer(question, `Models evaluated on ${e.name}`, [{ input: first, key: e.key, name: e.name }], rows,
        ['model', 'metric', 'value', 'paper', 'paperId', 'date', 'evidence']);
    }
    case 'leaderboard': {
      const e = await requireEntity(conn, first);
      const rows = await q.leaderboard(conn, e.key);
      return answer(question, `Leaderboard of ${e.name} (best value per model and metric)`, [{ input: first, key: e.key, name: e.name }], rows,
        ['metric', 'better', 'model', 'value', 'paper', 'paperId', 'evidence']);
    }
    case 'model-data': {
      const e = await requireEntity(conn, first);
      const rows = await q.modelData(conn, e.key);
      return answer(question, `Benchmarks and datasets of ${e.name}`, [{ input: first, key: e.key, name: e.name }], rows,
        ['name', 'types', 'how', 'papers', 'paper', 'paperId', 'evidence']);
    }
    case 'paper-introduces':
      return paperIntroduces(conn, first, question);
    case 'datasets-per-year':
      return answer(question, 'Datasets introduced per year', [], await q.datasetsPerYear(conn), ['year', 'datasets', 'examples']);
    case 'most-used-benchmarks':
      return answer(question, 'Most used benchmarks', [], await q.mostUsedBenchmarks(conn), ['benchmark', 'papers', 'results']);
    case 'benchmarks-together': {
      const e = first ? await requireEntity(conn, first) : null;
      const rows = await q.benchmarksUsedTogether(conn, e?.key ?? null);
      const title = e ? `Benchmarks used with ${e.name}` : 'Benchmarks used together';
      return answer(question, title, e ? [{ input: first, key: e.key, name: e.name }] : [], rows, ['benchmark', 'usedWith', 'papers']);
    }
    case 'papers-with-code':
      return answer(question, 'Papers with code links', [], await q.papersWithCode(conn), ['paper', 'paperId', 'date', 'url', 'kind']);
    case 'shortest-path': {
      const [a, b] = [await requireEntity(conn, first), await requireEntity(conn, second)];
      const path = await q.shortestPath(conn, a.key, b.key);
      const rows = path ? path.steps.map((step, i) => ({ step: i, kind: step.kind, name: step.name, via: path.via[i] ?? null })) : [];
      const resolved = [{ input: first, key: a.key, name: a.name }, { input: second, key: b.key, name: b.name }];
      return answer(question, `Shortest path from ${a.name} to ${b.name}`, resolved, rows, ['step', 'kind', 'name', 'via']);
    }
  }
}

/** "what did X introduce": X is a paper id, the name of something a paper introduced, or title words. */
async function paperIntroduces(conn: Connection, text: string, question: string): Promise<Answer> {
  const entity = await resolveEntity(conn, text);
  const papers = entity ? await q.papersIntroducing(conn, entity.key) : [];
  if (papers.length === 0) {
    const paper = await resolvePaper(conn, text);
    if (paper) papers.push(paper.id);
  }
  if (papers.length === 0) throw new QueryRefusedError(`no paper matches "${text}" in the graph`);
  const rows = (await Promise.all(papers.map((id) => q.paperIntroduces(conn, id)))).flat();
  return answer(question, `What ${text} introduced`, entity ? [{ input: text, key: entity.key, name: entity.name }] : [], rows,
    ['name', 'types', 'paper', 'paperId', 'evidence']);
}
