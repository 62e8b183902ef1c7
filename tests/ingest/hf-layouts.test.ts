// The Daily Papers reader on synthetic pages: both layouts, page header dates, upvotes, papers without
// an author/date block, merging across pages and the lines it must refuse.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyLine, looksLikeAbstract } from '../../src/ingest/hf-lines.ts';
import { collect, tempDir } from './helpers.ts';

const ABSTRACT_A =
  'We introduce AlphaScan, a synthetic model for reading chest radiographs. It is trained on ten thousand invented studies and evaluated on a held-out split. AlphaScan improves accuracy by four points over a plain baseline, and the code is released for others to reuse in later work.';
const ABSTRACT_B =
  'This synthetic abstract describes BetaNet, a small network for skin lesion images. We compare it with two older models on a public benchmark and report a modest gain. The study also lists the limits of the data and the ways the results could fail to hold in a real clinic setting.';
const ABSTRACT_C =
  'GammaQA is an invented question answering set for testing clinical reasoning in language models. We describe how the questions were written, how answers were checked by two readers, and how five systems score on it, with the best one still far from the level of a trained doctor...';

function page(lines: string[]): string {
  const dir = tempDir();
  const file = path.join(dir, 'page.txt');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe('Daily Papers reader on synthetic pages', () => {
  it('should read the dense layout with "Subscribe" glued to the first title', async () => {
    const file = page(['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!', 'SubscribeAlphaScan: Reading Chest Films', ABSTRACT_A, 'BetaNet for Skin Lesions', ABSTRACT_B]);
    const { papers, rejects } = await collect([file]);
    expect(rejects).toEqual([]);
    expect(papers.map((p) => [p.title, p.source?.line, p.date, p.authors])).toEqual([
      ['AlphaScan: Reading Chest Films', 3, null, null],
      ['BetaNet for Skin Lesions', 5, null, null],
    ]);
  });

  it('should read the spaced layout: page header date skipped, author block optional, upvotes after the date', async () => {
    const file = page([
      'new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'Daily Papers', '', 'byAK and the research community', '', 'Mar 3', '',
      'AlphaScan: Reading Chest Films', '', ABSTRACT_A, '', '  • 4 authors', '·', 'Feb 2, 2024', '',
      'GammaQA: Clinical Questions', '', ABSTRACT_C, '',
      'BetaNet for Skin Lesions', '', ABSTRACT_B, '', '  • 1 author', '·', 'Sep 9 12', '',
    ]);
    const { papers, rejects } = await collect([file]);
    expect(rejects).toEqual([]);
    expect(papers.map((p) => [p.title, p.date, p.authors, p.upvotes, p.truncated])).toEqual([
      ['AlphaScan: Reading Chest Films', '2024-02-02', 4, null, false],
      ['GammaQA: Clinical Questions', null, null, null, true],
      ['BetaNet for Skin Lesions', '--09-09', 1, 12, false],
    ]);
  });

  it('should merge one paper from two pages: the full abstract, the known date and authors', async () => {
    const first = page(['AlphaScan: Reading Chest Films', `${ABSTRACT_A.slice(0, 120)}...`]);
    const second = page(['new', '', 'Alphascan:  reading chest films', '', ABSTRACT_A, '', '  • 6 authors', '·', 'Jan 5, 2025 7']);
    const { papers, duplicates } = await collect([first, second]);
    expect(duplicates).toBe(1);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({ title: 'AlphaScan: Reading Chest Films', abstract: ABSTRACT_A, truncated: false, date: '2025-01-05', authors: 6, upvotes: 7 });
    expect(papers[0]!.source?.file).toBe(first);
  });

  it('should reject a title with no abstract and an abstract with no title, and keep the rest', async () => {
    const file = page([ABSTRACT_B, 'A Lonely Title', 'AlphaScan: Reading Chest Films', ABSTRACT_A]);
    const { papers, rejects } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['AlphaScan: Reading Chest Films']);
    expect(rejects).toEqual([
      { file, line: 1, reason: 'abstract-like line without a title before it', stage: 'ingest' },
      { file, line: 2, reason: 'title "A Lonely Title" has no abstract', stage: 'ingest' },
    ]);
  });

  it('should take a short one-sentence abstract after a title as the abstract', async () => {
    const file = page(['DeltaSeg', 'We segment invented kidney scans with a small synthetic model.', 'AlphaScan: Reading Chest Films', ABSTRACT_A]);
    const { papers } = await collect([file]);
    expect(papers.map((p) => [p.title, p.abstract.slice(0, 12)])).toEqual([
      ['DeltaSeg', 'We segment i'],
      ['AlphaScan: Reading Chest Films', 'We introduce'],
    ]);
  });
});

describe('classifyLine', () => {
  it.each([
    ['', { kind: 'blank' }],
    ['new', { kind: 'chrome' }],
    ['Daily Papers', { kind: 'chrome' }],
    ['byAK and the research community', { kind: 'chrome' }],
    ['Get trending papers in your email inbox once a day!', { kind: 'chrome' }],
    ['·', { kind: 'separator' }],
    ['  • 7 authors', { kind: 'authors', count: 7 }],
    ['Dec 28, 2023', { kind: 'date', date: '2023-12-28', upvotes: null }],
    ['Apr 1', { kind: 'date', date: '--04-01', upvotes: null }],
    ['Jun 20 3', { kind: 'date', date: '--06-20', upvotes: 3 }],
    ['Aug 5, 2024 2', { kind: 'date', date: '2024-08-05', upvotes: 2 }],
    ['Feb 30', { kind: 'text', text: 'Feb 30' }],
    ['May Contain Traces: A Title', { kind: 'text', text: 'May Contain Traces: A Title' }],
  ])('%j → %j', (line, expected) => {
    expect(classifyLine(line)).toEqual(expected);
  });
});

describe('looksLikeAbstract', () => {
  it.each([
    [ABSTRACT_A, true],
    ['We test a small synthetic model. It works on two invented sets.', true],
    ['OmegaKit: A Long Invented Toolbox Title for Multitask Imaging Consistency to Support Synthetic Pipelines from Acquisition to Analysis and Back', false],
    ['Can Language Models Read Clinical Notes?', false],
    ['MedThing: A Benchmark', false],
  ])('%s → %s', (text, expected) => {
    expect(looksLikeAbstract(text)).toBe(expected);
  });
});
