// `medkg extract` end to end, spawned as a user would run it: output lines, summary, rejects file,
// exit codes and one-line errors.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Extraction, Reject } from '../../src/schema/index.ts';
import { corpusFiles, fixturesDir, repoRoot, tempDir } from '../ingest/helpers.ts';

function medkg(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin/medkg.js'), ...args], { cwd: repoRoot, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const jsonLines = (text: string): unknown[] => text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));

describe('medkg extract', () => {
  it('should write one valid Extraction per unique corpus paper and a summary, exit 0', () => {
    const dir = tempDir();
    const out = path.join(dir, 'papers.jsonl');
    const rejects = path.join(dir, 'rejects.jsonl');
    const run = medkg(['extract', ...corpusFiles(), '--out', out, '--rejects', rejects, '--workers', '2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^medkg extract: 395 papers read, 76 duplicates merged, 319 papers extracted, 0 rejected; \d+ entities, \d+ relations; [\d.]+ s, \d+ papers\/s with 2 workers \(\d+ papers on worker threads\)\n$/);
    const records = jsonLines(readFileSync(out, 'utf8'));
    expect(records).toHaveLength(319);
    for (const record of records) expect(Extraction.safeParse(record).success).toBe(true);
    expect(new Set(records.map((r) => (r as Extraction).id)).size).toBe(319);
    expect(readFileSync(rejects, 'utf8')).toBe('');
  });

  it('should write good records, list rejects with file:line, fill --rejects and exit 1 when anything was rejected', () => {
    const dir = tempDir();
    const rejectsFile = path.join(dir, 'rejects.jsonl');
    const good = path.join(fixturesDir, 'papers.jsonl');
    const missing = path.join(dir, 'missing.json');
    const run = medkg(['extract', good, missing, '--rejects', rejectsFile, '--workers', '1']);
    expect(run.status).toBe(1);
    expect(jsonLines(run.stdout).map((r) => (r as Extraction).id)).toEqual(['custom-1', '12345', 'p-92c4156f76b81659']);
    const rejects = jsonLines(readFileSync(rejectsFile, 'utf8')).map((r) => Reject.parse(r));
    expect(rejects.map((r) => [r.file, r.line, r.stage])).toEqual([
      [good, 5, 'ingest'],
      [good, 7, 'ingest'],
      [missing, 0, 'ingest'],
    ]);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^medkg: ${escape(good)}:5: malformed JSON: `));
    expect(lines[1]).toBe(`medkg: ${good}:7: not a paper record: field "abstract": Invalid input: expected string, received undefined`);
    expect(lines[2]).toBe(`medkg: ${missing}: file not found`);
    expect(lines[3]).toMatch(/^medkg extract: 4 papers read, 1 duplicates merged, 3 papers extracted, 3 rejected;/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('should show the first 20 rejects on stderr and count the rest', () => {
    const file = path.join(tempDir(), 'all-bad.jsonl');
    writeFileSync(file, Array.from({ length: 25 }, (_, i) => `{"title": "Bad ${i}", "abstract": }`).join('\n') + '\n');
    const run = medkg(['extract', file, '--workers', '1']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(22);
    expect(lines[19]).toMatch(new RegExp(`^medkg: ${escape(file)}:20: malformed JSON: `));
    expect(lines[20]).toBe('medkg: ... and 5 more rejects (use --rejects FILE to keep them all)');
    expect(lines[21]).toMatch(/^medkg extract: 0 papers read, 0 duplicates merged, 0 papers extracted, 25 rejected;/);
  });

  it('should read stdin when given -', () => {
    const run = medkg(['extract', '-', '--workers', '1'], '{"title": "Piped Paper", "abstract": "A synthetic abstract from a pipe."}\n');
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((r) => [(r as Extraction).title, (r as Extraction).source?.file])).toEqual([['Piped Paper', '<stdin>']]);
  });

  it('should honour --format over detection', () => {
    const dir = tempDir();
    const file = path.join(dir, 'papers.data');
    writeFileSync(file, 'A Forced Title\nAn invented abstract that is read as a Daily Papers page because the format was forced. It has two sentences.\n');
    expect(medkg(['extract', file, '--workers', '1']).status).toBe(1);
    const forced = medkg(['extract', file, '--format', 'hf', '--workers', '1']);
    expect(forced.status).toBe(0);
    expect(jsonLines(forced.stdout).map((r) => (r as Extraction).title)).toEqual(['A Forced Title']);
  });

  it.each([
    [['--format', 'csv'], 'medkg: --format must be one of hf, jsonl, json, pubmed (got "csv")'],
    [['--workers', 'many'], 'medkg: --workers must be a whole number of threads (got "many")'],
    [['--workers', '0'], 'medkg: invalid setting workers: Too small: expected number to be >=1'],
    [['--warm-start', 'soon'], 'medkg: --warm-start must be a whole number of milliseconds (got "soon")'],
  ])('should refuse bad flags %j with exit code 2 and one line', (flags, message) => {
    const run = medkg(['extract', path.join(fixturesDir, 'pubmed.xml'), ...flags]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.stdout).toBe('');
  });

  it('should refuse an --out path that cannot be written, naming it', () => {
    const out = path.join(tempDir(), 'no-such-dir', 'out.jsonl');
    const run = medkg(['extract', path.join(fixturesDir, 'pubmed.xml'), '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`medkg: ${out}: cannot write: its folder does not exist\n`);
  });

  it('should stop quietly when the reader of stdout goes away (| head)', () => {
    const command = `"${process.execPath}" bin/medkg.js extract tests/fixtures/ingest/pubmed.xml ${corpusFiles().map((f) => `"${f}"`).join(' ')} --workers 1 | head -c 10 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', command], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stdout).toBe('exit=0\n');
    expect(run.stderr).not.toContain('EPIPE');
  });

  it('should explain itself with an example in --help', () => {
    const run = medkg(['extract', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: medkg extract [options] <inputs...>');
    expect(run.stdout).toContain('--workers <n>');
    expect(run.stdout).toContain('$ medkg extract ../shared/corpus/*.txt --out papers.jsonl --rejects rejects.jsonl');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
