// Held-out quality gate: the synthetic blind set (tests/fixtures/heldout, invented names the lexicon
// does not hold) is extracted and scored with the eval module. Floors sit at the scores reached when
// the discovery and relation rules were tuned, rounded down to 0.05, so a regression on unseen names
// fails here even while the dev gold (whose names are all in the lexicon) still passes.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, formatReport, loadGold } from '../../src/eval/index.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import type { Extraction } from '../../src/schema/index.ts';

const heldoutDir = path.resolve(import.meta.dirname, '../fixtures/heldout');

const FLOORS = { entityMicroF1: 0.9, evaluatedOnF1: 0.75, introducesF1: 0.85, valueRight: 0.6, typeF1: 0.85 } as const;

describe('extraction quality on the synthetic held-out set', () => {
  it('stays at or above the floors reached on unseen names', async () => {
    const gold = await loadGold([path.join(heldoutDir, 'gold.jsonl')]);
    const predictions = new Map<string, Extraction>();
    for await (const event of ingest([path.join(heldoutDir, 'papers.jsonl')])) {
      if (event.kind === 'paper') predictions.set(event.paper.id, extractPaper(event.paper));
    }
    expect(predictions.size).toBe(gold.length);
    const report = evaluate(gold, predictions);
    const summary = formatReport(report);
    expect(report.entities.micro.f1, summary).toBeGreaterThanOrEqual(FLOORS.entityMicroF1);
    for (const type of ['Model', 'Dataset', 'Benchmark', 'Metric'] as const) {
      expect(report.entities.byType[type].f1, `${type}\n${summary}`).toBeGreaterThanOrEqual(FLOORS.typeF1);
    }
    expect(report.evaluatedOn.f1, summary).toBeGreaterThanOrEqual(FLOORS.evaluatedOnF1);
    expect(report.introduces.f1, summary).toBeGreaterThanOrEqual(FLOORS.introducesF1);
    expect(report.valueRight.share, summary).toBeGreaterThanOrEqual(FLOORS.valueRight);
  });
});
