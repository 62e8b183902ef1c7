// JSON Lines, JSON arrays, PubMed XML and stdin on synthetic fixtures: ids, fields, rejects with
// file:line, and format detection from content and extension.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/detect.ts';
import { paperIdFromTitle } from '../../src/ingest/index.ts';
import { collect, fixturesDir, tempDir } from './helpers.ts';

const fixture = (name: string): string => path.join(fixturesDir, name);

describe('JSON Lines reader', () => {
  it('should keep given ids exactly, derive missing ones, count authors and reject bad lines by line number', async () => {
    const file = fixture('papers.jsonl');
    const { papers, rejects, duplicates } = await collect([file]);
    expect(papers.map((p) => [p.id, p.title, p.authors, p.date, p.url])).toEqual([
      ['custom-1', 'TinyMed: A Small Model for Clinical Notes', 3, '2024-03-05', 'https://example.org/tinymed'],
      ['12345', 'Numeric Ids Stay Exact', 2, null, null],
      [paperIdFromTitle('No Id Given'), 'No Id Given', null, '2023-12-28', null],
    ]);
    expect(papers[0]!.source).toEqual({ file, line: 1 });
    expect(duplicates).toBe(1);
    expect(rejects.map((r) => [r.line, r.reason.replace(/:.*$/, '')])).toEqual([
      [5, 'malformed JSON'],
      [7, 'not a paper record'],
    ]);
    expect(rejects[1]!.reason).toBe('not a paper record: field "abstract": Invalid input: expected string, received undefined');
  });
});

describe('JSON array reader', () => {
  it('should stream the elements, keep their line numbers and reject a bad element', async () => {
    const file = fixture('papers.json');
    const { papers, rejects } = await collect([file]);
    expect(papers.map((p) => [p.id, p.source?.line, p.truncated, p.date, p.authors])).toEqual([
      ['arr-1', 2, false, '2022-07', null],
      [paperIdFromTitle('Array Paper Two'), 8, true, null, 4],
      ['7', 10, false, null, null],
    ]);
    expect(papers[0]!.abstract).toContain('a [bracket] and a "quoted" brace }');
    expect(rejects).toEqual([{ file, line: 9, reason: 'not a paper record: field "abstract": Invalid input: expected string, received number', stage: 'ingest' }]);
  });

  it('should give the same papers whether the array is split across chunks or not', async () => {
    const dir = tempDir();
    const records = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, title: `Synthetic paper ${i}`, abstract: `Body ${i} with "quotes", {braces} and [brackets]. `.repeat(20) }));
    const file = path.join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(records));
    const { papers, rejects } = await collect([file]);
    expect(rejects).toEqual([]);
    expect(papers.map((p) => p.id)).toEqual(records.map((r) => r.id));
    expect(papers[299]!.abstract).toBe(records[299]!.abstract.trim());
  });

  it('should read a single top-level object as one record', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'one.json');
    writeFileSync(file, '{\n  "title": "Only One",\n  "abstract": "A lone synthetic record."\n}\n');
    const { papers } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['Only One']);
  });

  it('should reject an array cut off before its end, after keeping the complete elements', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'cut.json');
    writeFileSync(file, '[{"title": "Complete", "abstract": "Fine."},\n{"title": "Cut');
    const { papers, rejects } = await collect([file]);
    expect(papers.map((p) => p.title)).toEqual(['Complete']);
    expect(rejects).toEqual([{ file, line: 2, reason: 'unexpected end of file inside the JSON array', stage: 'ingest' }]);
  });
});

describe('PubMed XML reader', () => {
  it('should read PMID, title, labelled sections, dates, DOI and author count', async () => {
    const file = fixture('pubmed.xml');
    const { papers, rejects } = await collect([file]);
    expect(rejects).toEqual([]);
    expect(papers).toEqual([
      {
        id: '90000001',
        title: 'A synthetic trial of RetinaNet for fundus screening.',
        abstract: 'BACKGROUND: Screening needs fast models. METHODS: We trained RetinaNet on the EyePACS images. RESULTS: The AUC was 0.93 & sensitivity 0.88.',
        date: '2021-03-09',
        authors: 3,
        url: 'https://pubmed.ncbi.nlm.nih.gov/90000001/',
        upvotes: null,
        doi: '10.1000/synthetic.0001',
        truncated: false,
        source: { file, line: 4 },
      },
      {
        id: '90000002',
        title: 'An unstructured synthetic abstract.',
        abstract: 'One plain section without a label.',
        date: '1998-12',
        authors: null,
        url: 'https://pubmed.ncbi.nlm.nih.gov/90000002/',
        upvotes: null,
        doi: '10.1000/synthetic.0002',
        truncated: false,
        source: { file, line: 35 },
      },
    ]);
  });

  it('should report malformed XML with its line and keep the articles before it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.xml');
    const good = readFileSync(fixture('pubmed.xml'), 'utf8').split('<PubmedArticle>\n')[1]!.split('</PubmedArticle>')[0];
    const xml = `<PubmedArticleSet>\n<PubmedArticle>\n${good}</PubmedArticle>\n<PubmedArticle><MedlineCitation></Oops>\n</PubmedArticleSet>\n`;
    writeFileSync(file, xml);
    const oopsLine = xml.split('\n').findIndex((line) => line.includes('</Oops>')) + 1;
    const { papers, rejects } = await collect([file]);
    expect(papers.map((p) => p.id)).toEqual(['90000001']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]!.reason).toMatch(/^malformed XML: .+; the rest of the file is skipped$/);
    expect(rejects[0]!.line).toBe(oopsLine);
    expect(oopsLine).toBeGreaterThan(30);
  });
});

describe('stdin', () => {
  it('should read `-` from the given stream and sniff its format', async () => {
    const stdin = Readable.from([Buffer.from('{"title": "From Stdin", "abstract": "Piped in."}\n')]);
    const { papers } = await collect(['-'], { stdin });
    expect(papers.map((p) => [p.title, p.source?.file])).toEqual([['From Stdin', '<stdin>']]);
  });
});

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'Get trending papers in your email inbox!\n', 'hf'],
    ['a.dat', 'new\n\nbyAK and the research community\n', 'hf'],
    ['a.txt', 'Some Title\nSome abstract.\n', 'hf'],
    ['a.txt', '{"title": "x", "abstract": "y"}\n', 'jsonl'],
    ['a.json', '{"title": "x", "abstract": "y"}\n{"title": "z", "abstract": "w"}\n', 'jsonl'],
    ['a.jsonl', '[{"title": "x", "abstract": "y"}]', 'json'],
    ['a', '{\n  "title": "x"\n}', 'json'],
    ['a.bin', '\uFEFF  <?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet>\n<PubmedArticleSet>', 'pubmed'],
  ])('%s with %j → %s', (name, content, expected) => {
    expect(detectFormat(name, Buffer.from(content))).toBe(expected);
  });
});
