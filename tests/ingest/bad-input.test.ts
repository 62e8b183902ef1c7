// Every kind of bad input gets one reject naming the file (and line) with a clear reason, and the good
// records around it are still read.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES, readLines } from '../../src/ingest/lines.ts';
import { collect, fixturesDir, tempDir } from './helpers.ts';

const GOOD = '{"title": "A Good Record", "abstract": "A short synthetic abstract."}';

function file(name: string, content: string | Buffer): string {
  const target = path.join(tempDir(), name);
  writeFileSync(target, content);
  return target;
}

const HUGE_PREFIX = '{"title": "Huge", "abstract": "';
const HUGE_SUFFIX = '"}';

/** A file: `before`, then one line of `prefix` + `bytes` filler bytes + `suffix`, then `after`; written in pieces. */
function fileWithHugeLine(name: string, before: string, prefix: string, bytes: number, suffix: string, after: string): string {
  const target = path.join(tempDir(), name);
  const fd = openSync(target, 'w');
  writeSync(fd, before + prefix);
  const block = Buffer.alloc(1024 * 1024, 'a');
  for (let written = 0; written < bytes; written += block.length) writeSync(fd, block);
  writeSync(fd, suffix + after);
  closeSync(fd);
  return target;
}

const ABSTRACT = 'This is an invented abstract for a synthetic paper. It has two sentences and enough words to read as prose.';

describe('bad input', () => {
  it.each([
    ['an empty file', 'empty.jsonl', '', 'empty file'],
    ['a whitespace-only file', 'blank.txt', '\n  \n', 'empty file (only whitespace)'],
    ['a binary file', 'image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary file, not text (expected Daily Papers text, JSON Lines, JSON or PubMed XML)'],
    ['XML that is not PubMed', 'feed.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>\n', 'XML file is not PubMed: root element is <rss>, expected <PubmedArticleSet>'],
    ['an unknown extension with undetectable content', 'notes.dat', 'some notes\nwith no markers\n', 'cannot tell the format (not XML, not JSON, no Daily Papers markers): pass --format hf|jsonl|json|pubmed'],
  ])('should refuse %s with one reject for the whole file', async (_, name, content, reason) => {
    const bad = file(name, content);
    const { papers, rejects } = await collect([bad]);
    expect(papers).toEqual([]);
    expect(rejects).toEqual([{ file: bad, line: 0, reason, stage: 'ingest' }]);
  });

  it('should refuse a missing file and a directory, and still read the good file after them', async () => {
    const dir = tempDir();
    const missing = path.join(dir, 'missing.jsonl');
    const folder = path.join(dir, 'folder.jsonl');
    mkdirSync(folder);
    const { papers, rejects } = await collect([missing, folder, path.join(fixturesDir, 'pubmed.xml')]);
    expect(rejects).toEqual([
      { file: missing, line: 0, reason: 'file not found', stage: 'ingest' },
      { file: folder, line: 0, reason: 'is a directory, not a file', stage: 'ingest' },
    ]);
    expect(papers.map((p) => p.id)).toEqual(['90000001', '90000002']);
  });

  it('should refuse non-PubMed XML even when --format pubmed is forced', async () => {
    const bad = file('feed.xml', '<rss><channel/></rss>');
    const { rejects } = await collect([bad], { format: 'pubmed' });
    expect(rejects).toEqual([{ file: bad, line: 1, reason: 'XML file is not PubMed: root element is <rss>, expected <PubmedArticleSet>; the rest of the file is skipped', stage: 'ingest' }]);
  });

  it('should reject a line that is not valid UTF-8 and keep the others', async () => {
    const bad = file('mixed.jsonl', Buffer.concat([Buffer.from(`${GOOD}\n{"title": "Bad `), Buffer.from([0xff, 0xfe]), Buffer.from(`", "abstract": "x"}\n`)]));
    const { papers, rejects } = await collect([bad]);
    expect(papers.map((p) => p.title)).toEqual(['A Good Record']);
    expect(rejects).toEqual([{ file: bad, line: 2, reason: 'invalid UTF-8', stage: 'ingest' }]);
  });

  it('should reject a malformed JSON line with its line number and keep the others', async () => {
    const bad = file('broken.jsonl', `${GOOD}\n{"title": "Oops", "abstract": }\n${GOOD.replace('A Good', 'Third')}\n`);
    const { papers, rejects } = await collect([bad]);
    expect(papers.map((p) => p.title)).toEqual(['A Good Record', 'Third Record']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ file: bad, line: 2, stage: 'ingest' });
    expect(rejects[0]!.reason).toMatch(/^malformed JSON: Unexpected token/);
  });

  const SIZE = 50 * 1024 * 1024;
  it.each([
    ['JSON Lines', fileWithHugeLine.bind(null, 'huge.jsonl', `${GOOD}\n`, HUGE_PREFIX, SIZE, HUGE_SUFFIX, `\n${GOOD.replace('A Good', 'Another Good')}\n`), SIZE + HUGE_PREFIX.length + HUGE_SUFFIX.length],
    ['Daily Papers text', fileWithHugeLine.bind(null, 'huge.txt', `A Good Record\n${ABSTRACT}\n`, '', SIZE, '', `\nAnother Good Record\n${ABSTRACT}\n`), SIZE],
  ])('should reject a 50 MB line in %s and keep the lines around it', async (_, makeFile, lineBytes) => {
    const bad = makeFile();
    const { papers, rejects } = await collect([bad]);
    expect(papers.map((p) => p.title)).toEqual(['A Good Record', 'Another Good Record']);
    expect(rejects).toEqual([{ file: bad, line: path.extname(bad) === '.txt' ? 3 : 2, reason: `line is ${lineBytes} bytes, longer than the ${MAX_LINE_BYTES}-byte limit`, stage: 'ingest' }]);
  });

  it('should skip a 500 MB line without keeping its bytes (the line reader holds at most the cap)', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'x'); // the same buffer again and again: no garbage to blur the measure
    async function* stream(): AsyncGenerator<Buffer> {
      yield Buffer.from('first\n');
      for (let i = 0; i < 500; i++) yield chunk;
      yield Buffer.from('\nlast\n');
    }
    const before = process.memoryUsage();
    let peak = 0;
    const lines = [];
    for await (const line of readLines(stream())) {
      lines.push(line);
      const now = process.memoryUsage();
      peak = Math.max(peak, now.arrayBuffers - before.arrayBuffers);
    }
    expect(lines).toEqual([
      { number: 1, text: 'first' },
      { number: 2, error: `line is ${500 * 1024 * 1024} bytes, longer than the ${MAX_LINE_BYTES}-byte limit` },
      { number: 3, text: 'last' },
    ]);
    expect(peak).toBeLessThan(2 * MAX_LINE_BYTES);
  });

  it('should reject a 50 MB element of a JSON array and keep the next one', async () => {
    const target = path.join(tempDir(), 'huge.json');
    const fd = openSync(target, 'w');
    writeSync(fd, `[${HUGE_PREFIX}`);
    const block = Buffer.alloc(1024 * 1024, 'b');
    for (let i = 0; i < 50; i++) writeSync(fd, block);
    writeSync(fd, `${HUGE_SUFFIX},\n${GOOD}]\n`);
    closeSync(fd);
    const { papers, rejects } = await collect([target]);
    expect(papers.map((p) => p.title)).toEqual(['A Good Record']);
    expect(rejects).toEqual([{ file: target, line: 1, reason: `record is ${SIZE + HUGE_PREFIX.length + HUGE_SUFFIX.length} characters, longer than the 1048576-character limit`, stage: 'ingest' }]);
  });
});
