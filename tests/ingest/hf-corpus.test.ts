// The Daily Papers reader on the real corpus: exact paper count, known papers' metadata, dedupe across
// pages, stable ids, and no page chrome turned into papers.
import { beforeAll, describe, expect, it } from 'vitest';
import { paperIdFromTitle } from '../../src/ingest/index.ts';
import { Paper } from '../../src/schema/index.ts';
import { collect, corpusFiles, type Collected } from './helpers.ts';

const CHROME_TITLE = /^(new|Subscribe.*|Daily Papers|byAK and the research community|Get trending papers.*|[A-Z][a-z]{2} \d{1,2}(, \d{4})?( \d+)?|·|\s*• \d+ authors)$/;

describe('Daily Papers reader on the real corpus', () => {
  const files = corpusFiles();
  let run: Collected;
  beforeAll(async () => {
    run = await collect(files);
  });
  const byTitle = (prefix: string): Paper => {
    const found = run.papers.filter((paper) => paper.title.startsWith(prefix));
    expect(found, prefix).toHaveLength(1);
    return found[0]!;
  };

  it('should find the five pages', () => {
    expect(files).toHaveLength(5);
  });

  it('should yield 319 unique papers from 395 listings, with no rejects', () => {
    expect(run.papers).toHaveLength(319);
    expect(run.duplicates).toBe(76);
    expect(run.rejects).toEqual([]);
    expect(new Set(run.papers.map((paper) => paper.id)).size).toBe(319);
  });

  it('should produce records that validate against the Paper schema', () => {
    for (const paper of run.papers) expect(Paper.safeParse(paper).success, paper.title).toBe(true);
  });

  it('should read authors and a year-less date from the block after the abstract', () => {
    const paper = byTitle('MedReason: Eliciting');
    expect(paper).toMatchObject({ authors: 15, date: '--04-01', truncated: false });
  });

  it('should read a full date with its year', () => {
    expect(byTitle('One Model to Rule them All')).toMatchObject({ authors: 7, date: '2023-12-28', upvotes: null });
  });

  it('should read the upvote count after a date', () => {
    expect(byTitle('Enhancing Step-by-Step and Verifiable Medical Reasoning in MLLMs')).toMatchObject({ authors: 9, date: '--06-20', upvotes: 3 });
    expect(byTitle('Med-REFL: Medical Reasoning Enhancement')).toMatchObject({ authors: 5, date: '--06-11', upvotes: 1 });
  });

  it('should merge a paper listed on several pages, keeping the authors and date from the page that has them', () => {
    // MedReason is listed on pages 001, 002 and 003; only 002 has its author/date block
    const paper = byTitle('MedReason: Eliciting');
    expect(paper.source?.file).toMatch(/001_[0-9a-f]+\.txt$/);
    expect(paper.authors).toBe(15);
  });

  it('should take the glued "Subscribe" off the first title of the page without blank lines', () => {
    const first = byTitle('Synthetic Observational Health Data with GANs');
    expect(first.source).toMatchObject({ line: 3 });
    expect(run.papers.some((paper) => paper.title.startsWith('Subscribe'))).toBe(false);
  });

  it('should keep an abstract cut off with "..." and flag it', () => {
    const truncated = run.papers.filter((paper) => paper.truncated);
    expect(truncated.map((paper) => paper.title)).toEqual([
      'Lingshu: A Generalist Foundation Model for Unified Multimodal Medical Understanding and Reasoning',
    ]);
    expect(truncated[0]!.abstract.endsWith('...')).toBe(true);
  });

  it('should not turn page chrome, dates or author bullets into papers', () => {
    expect(run.papers.filter((paper) => CHROME_TITLE.test(paper.title)).map((p) => p.title)).toEqual([]);
    for (const paper of run.papers) {
      expect(paper.title.length, paper.title).toBeLessThan(200);
      expect(paper.abstract.length, paper.title).toBeGreaterThan(500);
    }
  });

  it('should give ids derived from the title, the same on a second run', async () => {
    const again = await collect(files);
    expect(again.papers.map((paper) => paper.id)).toEqual(run.papers.map((paper) => paper.id));
    for (const paper of run.papers) expect(paper.id).toBe(paperIdFromTitle(paper.title));
  });
});
