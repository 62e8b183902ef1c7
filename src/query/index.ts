// Public face of the query stage: canned questions as typed functions, plain-English `ask`, alias-aware
// entity resolution, read-only Cypher, and a text table for the terminal.
export { ask, runQuestion, UnknownQuestionError } from './ask.ts';
export { matchQuestion, templateList, TEMPLATES, type QuestionId, type MatchedQuestion } from './templates.ts';
export {
  modelsEvaluatedOn,
  leaderboard,
  modelData,
  paperIntroduces,
  papersIntroducing,
  datasetsPerYear,
  mostUsedBenchmarks,
  benchmarksUsedTogether,
  papersWithCode,
  shortestPath,
} from './questions.ts';
export { resolveEntity, requireEntity, resolvePaper, searchEntities, exactEntities } from './resolve.ts';
export { runReadOnly, parseParam, plainValue, type CypherResult } from './read-only.ts';
export { formatTable, cellText } from './table.ts';
