// Extraction → load rows: entity resolution by key across papers, facts with paper and evidence,
// skipped dangling relations, and stable result ids.
import { describe, expect, it } from 'vitest';
import { BatchBuilder, normaliseName, paperRows, resultId } from '../../src/graph/index.ts';
import { EXPECTED, GEMINI, PALM, SYNTHETIC } from './fixtures.ts';

describe('paperRows', () => {
  it('resolves relation names through aliases to entity keys', () => {
    const { batch } = paperRows(GEMINI);
    expect(batch.results).toEqual([
      expect.objectContaining({ model: 'medgemini', benchmark: 'medqa', metric: 'accuracy', value: 91.1, paper: GEMINI.id }),
    ]);
    expect(batch.results[0]!.evidence).toBe('Med-Gemini reaches 91.1% accuracy on MedQA (USMLE), ahead of GPT-4.');
    expect(batch.outperforms).toEqual([expect.objectContaining({ winner: 'medgemini', loser: 'gpt4', on: 'medqa', benchmark: 'MedQA' })]);
    expect(batch.links).toEqual([expect.objectContaining({ key: 'httpsgithubcomexamplemedgeminieval', kind: 'code' })]);
  });

  it('skips a relation whose target is not an entity of the paper and counts it', () => {
    const { batch, skippedRelations } = paperRows(PALM);
    expect(skippedRelations).toBe(1);
    expect(batch.results).toHaveLength(3);
  });

  it('gives an entity every role as a label and its aliases as normalised forms', () => {
    const medqa = paperRows(GEMINI).batch.entities.find((e) => e.key === 'medqa')!;
    expect(medqa.labels).toEqual(['Benchmark', 'Dataset']);
    expect(medqa.norms).toEqual(['medqa', 'medqausmle']);
  });

  it('names a lexicon entity by its canonical name and keeps the paper\'s form as an alias', () => {
    const medqa = paperRows(PALM).batch.entities.find((e) => e.key === 'medqa')!;
    expect(medqa).toMatchObject({ name: 'MedQA', canonical: true, aliases: ['MedQA-USMLE'] });
    const discovered = paperRows(GEMINI).batch.entities.find((e) => e.key === normaliseName('https://github.com/example/med-gemini-eval'))!;
    expect(discovered).toMatchObject({ name: 'https://github.com/example/med-gemini-eval', canonical: false, aliases: [] });
  });

  it('derives the same result id for the same fact and a different one for another paper', () => {
    const fact = { paper: 'p-1', model: 'm', benchmark: 'b', metric: 'accuracy', value: 1 };
    expect(resultId(fact)).toBe(resultId({ ...fact }));
    expect(resultId(fact)).not.toBe(resultId({ ...fact, paper: 'p-2' }));
  });
});

describe('BatchBuilder', () => {
  it('merges the same key across papers into one entity row with the union of names', () => {
    const builder = new BatchBuilder();
    for (const record of SYNTHETIC) builder.add(paperRows(record));
    const { batch, papers, skippedRelations } = builder.take();
    expect(papers).toBe(EXPECTED.papers);
    expect(skippedRelations).toBe(EXPECTED.skippedRelations);
    expect(batch.entities).toHaveLength(EXPECTED.entities);
    expect(batch.results).toHaveLength(EXPECTED.results);
    expect(batch.mentions).toHaveLength(EXPECTED.mentions);
    const medqa = batch.entities.find((e) => e.key === 'medqa')!;
    expect(medqa.name).toBe('MedQA');
    expect(medqa.aliases.sort()).toEqual(['MedQA (USMLE)', 'MedQA-USMLE']);
    expect(medqa.labels.sort()).toEqual(['Benchmark', 'Dataset']);
    expect(builder.take().papers).toBe(0);
  });

  it('keeps only the last version of a paper added twice to one batch, in the same or the next batch', () => {
    const builder = new BatchBuilder();
    const revised = { ...GEMINI, relations: GEMINI.relations.filter((r) => r.type !== 'EVALUATED_ON') };
    builder.add(paperRows(GEMINI));
    builder.add(paperRows(PALM));
    builder.add(paperRows(revised));
    const { batch, papers } = builder.take();
    expect(papers).toBe(2);
    expect(batch.papers.map((p) => p.id)).toEqual([PALM.id, GEMINI.id]);
    expect(batch.results.filter((r) => r.paper === GEMINI.id)).toHaveLength(0);
    expect(batch.results.filter((r) => r.paper === PALM.id)).toHaveLength(3);
    // a new batch starts with no memory of the papers already taken
    builder.add(paperRows(GEMINI));
    const next = builder.take();
    expect(next.papers).toBe(1);
    expect(next.batch.results.filter((r) => r.paper === GEMINI.id)).toHaveLength(1);
  });
});

describe('normaliseName', () => {
  it.each([
    ['MedQA-USMLE', 'medqausmle'],
    ['MedQA (USMLE)', 'medqausmle'],
    ['Médical  QA', 'medicalqa'],
    ["'}) DETACH", 'detach'],
  ])('%s → %s', (input, expected) => expect(normaliseName(input)).toBe(expected));
});
