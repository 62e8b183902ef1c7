// Public face of the schemas: every record that crosses a boundary is defined here once, with zod.
export * from './paper.ts';
export * from './extraction.ts';
export * from './gold.ts';
export * from './eval.ts';
export * from './load-rows.ts';
export * from './answers.ts';
