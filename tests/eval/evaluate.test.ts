// evaluate(): exact scores on hand-worked synthetic gold/predictions, alias and multi-type matching,
// one-to-one matching, missing papers, value and metric agreement.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.ts';
import type { GoldRecord } from '../../src/schema/index.ts';
import { gold, prediction, predictions, type PredEntity } from './synthetic.ts';

const byId = new Map(predictions.map((p) => [p.id, p]));
const report = evaluate(gold, byId, { errors: true });

describe('evaluate on the synthetic set', () => {
  it.each([
    // type, tp, fp, fn
    ['Model', 2, 2, 1],
    ['Dataset', 2, 1, 0],
    ['Benchmark', 0, 0, 2],
    ['Metric', 1, 0, 1],
    ['URL', 1, 0, 0],
  ] as const)('counts %s as TP=%i FP=%i FN=%i', (type, tp, fp, fn) => {
    expect(report.entities.byType[type]).toMatchObject({ tp, fp, fn });
  });

  it('micro-averages over all types', () => {
    const { micro } = report.entities;
    expect(micro).toMatchObject({ tp: 6, fp: 3, fn: 4 });
    expect(micro.precision).toBeCloseTo(6 / 9, 10);
    expect(micro.recall).toBeCloseTo(6 / 10, 10);
    expect(micro.f1).toBeCloseTo(12 / 19, 10);
  });

  it('scores EVALUATED_ON as pairs and INTRODUCES as targets', () => {
    expect(report.evaluatedOn).toMatchObject({ tp: 2, fp: 1, fn: 2 });
    expect(report.evaluatedOn.f1).toBeCloseTo(4 / 7, 10);
    expect(report.introduces).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
  });

  it('checks value and metric of found pairs', () => {
    expect(report.valueRight).toEqual({ right: 1, total: 2, share: 0.5 });
    expect(report.metricRight).toEqual({ right: 2, total: 2, share: 1 });
  });

  it('scores only gold papers and counts the missing ones', () => {
    expect(report.papers).toMatchObject({ gold: 3, missing: 1, missingIds: ['g3'] });
    expect(report.errors?.find((p) => p.id === 'g3')).toMatchObject({ missing: true });
  });

  it('lists type confusions and duplicates among the errors', () => {
    const g2 = report.errors?.find((p) => p.id === 'g2')?.errors ?? [];
    expect(g2).toContainEqual({ kind: 'FN', what: 'entity', type: 'Benchmark', name: 'PubMedQA', note: 'predicted as Dataset "PubMedQA"' });
    expect(g2).toContainEqual({ kind: 'FP', what: 'entity', type: 'Model', name: 'Bio-BERT', note: 'duplicate of "BioBERT"' });
    expect(g2).toContainEqual({ kind: 'FN', what: 'EVALUATED_ON', name: 'BioBERT -> CheXpert' });
  });
});

describe('matching rules', () => {
  const one: GoldRecord = {
    id: 'x',
    entities: [
      { name: 'MedQA', types: ['Benchmark', 'Dataset'], aliases: ['MedQA (USMLE)'] },
      { name: 'Med-PaLM 2', types: ['Model'], aliases: [] },
    ],
    relations: [],
  };
  const scoreOf = (entities: Parameters<typeof prediction>[1]) =>
    evaluate([one], new Map([['x', prediction('x', entities)]])).entities.micro;

  it.each([
    ['a gold alias', [{ type: 'Benchmark', name: 'medqa usmle' }], 1],
    ['a predicted alias', [{ type: 'Benchmark', name: 'USMLE set', aliases: ['MedQA'] }], 1],
    ['either allowed type', [{ type: 'Dataset', name: 'MedQA' }], 1],
    ['case and punctuation', [{ type: 'Model', name: 'MEDPALM-2' }], 1],
    ['a role the gold allows', [{ type: 'Model', name: 'MedQA', roles: ['Benchmark'] }], 1],
    ['a wrong type', [{ type: 'Metric', name: 'MedQA' }], 0],
    ['a different name', [{ type: 'Model', name: 'Med-PaLM' }], 0],
  ] satisfies [string, PredEntity[], number][])('matching through %s gives %i TP', (_, entities, tp) => {
    expect(scoreOf(entities).tp).toBe(tp);
  });

  it('matches each gold entity at most once', () => {
    const micro = scoreOf([
      { type: 'Benchmark', name: 'MedQA' },
      { type: 'Dataset', name: 'MedQA (USMLE)' },
    ]);
    expect(micro).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('gives perfect scores to a perfect prediction and 1.0 to empty types', () => {
    const perfect = evaluate(gold.slice(0, 1), new Map([['g1', prediction('g1', [
      { type: 'Benchmark', name: 'MedQA' }, { type: 'Model', name: 'Med-Gemini' },
      { type: 'Metric', name: 'accuracy' }, { type: 'URL', name: 'https://github.com/example/med' },
    ], [
      { type: 'EVALUATED_ON', source: 'Med-Gemini', target: 'MedQA', metric: 'accuracy', value: 91.1 },
      { type: 'INTRODUCES', source: 'g1', target: 'Med-Gemini' },
    ])]]));
    expect(perfect.entities.micro.f1).toBe(1);
    expect(perfect.entities.byType.Dataset).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: 1 });
    expect(perfect.evaluatedOn.f1).toBe(1);
    expect(perfect.valueRight.share).toBe(1);
  });
});
