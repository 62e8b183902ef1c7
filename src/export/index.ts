// Public face of the export stage: bulk CSVs for neo4j-admin from extraction files, and the loaded
// graph as GEXF (graphology-gexf) or GraphML for Gephi and other tools.
export { collectGraph, type CollectedGraph } from './collect.ts';
export { writeNeo4jAdminCsv, importCommand, CSV_FILES, type ExportCounts } from './neo4j-admin.ts';
export { csvField, csvLine, parseCsvLine, ARRAY_DELIMITER } from './csv.ts';
export { readDbGraph, scalarAttributes } from './db-graph.ts';
export { writeGraphml, xmlEscape } from './graphml.ts';
