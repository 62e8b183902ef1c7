// Public face of the graph stage: Extraction records → typed load rows (paper, entities keyed by their
// canonical key, and one row per fact with its paper and evidence), grouped into batches.
export { paperRows, resultId, mergeEntityRows, emptyBatch, FACT_IDENTITY, FACT_KINDS, type FactKind, type PaperRows } from './paper-rows.ts';
export { BatchBuilder } from './batch.ts';
export { normaliseName, normalisedForms, yearOf } from './normalise.ts';
