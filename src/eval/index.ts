// Public face of the eval stage: read gold and extractions, score them, render the report.
export { evaluate, type EvaluateOptions } from './evaluate.ts';
export { formatReport } from './format.ts';
export { expandGoldPaths, loadGold, loadPredictions } from './load.ts';
export { normaliseName } from './normalise.ts';
export { VALUE_TOLERANCE } from './match-relations.ts';
