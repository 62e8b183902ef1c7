// Public face of the load stage: stream Extraction records into Neo4j in batched, idempotent,
// retried write transactions, after applying the schema.
export { loadRecords, type LoadItem, type LoadOptions } from './load-records.ts';
export { readExtractions, countLines, lineProblem, type ExtractionItem } from './read-extractions.ts';
export { applySchema, schemaStatements } from './schema.ts';
export { writeBatch, type WriteCounters } from './write-batch.ts';
export { createProgress, type Progress } from './progress.ts';
export { formatSummary } from './summary.ts';
export { graphCounts, clearGraph, type GraphCounts } from './graph-admin.ts';
export { asDatabaseError, isUnavailable } from './database-errors.ts';
