// Shared by the held-out quality gates: extract every paper of a synthetic held-out set
// (tests/fixtures/heldout*/papers.jsonl) and score it against its gold with the eval module.
import path from 'node:path';
import { evaluate, formatReport, loadGold } from '../../src/eval/index.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { Extraction } from '../../src/schema/index.ts';

export async function scoreHeldout(dir: string): Promise<{ report: ReturnType<typeof evaluate>; summary: string; papers: number; gold: number }> {
  const gold = await loadGold([path.join(dir, 'gold.jsonl')]);
  const predictions = new Map<string, Extraction>();
  for await (const event of ingest([path.join(dir, 'papers.jsonl')])) {
    if (event.kind === 'paper') predictions.set(event.paper.id, extractPaper(event.paper));
  }
  const report = evaluate(gold, predictions);
  return { report, summary: formatReport(report), papers: predictions.size, gold: gold.length };
}
