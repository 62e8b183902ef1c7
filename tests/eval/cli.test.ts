// `medkg eval` end to end: gold from several files or a directory, JSON and text output, and the
// one-line file:line errors for malformed gold and dangling relation names.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadGold, loadPredictions } from '../../src/eval/index.ts';
import { InputError } from '../../src/errors.ts';
import { gold, predictions } from './synthetic.ts';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'medkg-eval-'));
const jsonl = (records: unknown[]) => records.map((r) => JSON.stringify(r)).join('\n') + '\n';

const goldDir = path.join(dir, 'gold');
mkdirSync(goldDir);
writeFileSync(path.join(goldDir, 'a.jsonl'), jsonl(gold.slice(0, 2)));
writeFileSync(path.join(goldDir, 'b.jsonl'), jsonl(gold.slice(2)));
const predictionsFile = path.join(dir, 'predictions.jsonl');
writeFileSync(predictionsFile, jsonl(predictions) + '{"id": "broken"\n');
const badGold = path.join(dir, 'bad.jsonl');
writeFileSync(badGold, JSON.stringify(gold[0]) + '\n{"id": "g9", "entities": [{"name": "X"}]}\n');
const danglingGold = path.join(dir, 'dangling.jsonl');
writeFileSync(danglingGold, JSON.stringify({ id: 'd', entities: [], relations: [{ type: 'INTRODUCES', target: 'Nope' }] }) + '\n');

async function medkg(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/medkg.js', ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('loading', () => {
  it('reads a directory, or files given one by one, to the same records', async () => {
    const fromDir = await loadGold([goldDir]);
    const fromFiles = await loadGold([path.join(goldDir, 'a.jsonl'), path.join(goldDir, 'b.jsonl')]);
    expect(fromDir.map((r) => r.id)).toEqual(['g1', 'g2', 'g3']);
    expect(fromFiles).toEqual(fromDir);
  });

  it.each([
    [badGold, `${badGold}:2: malformed gold line: entities.0.types:`],
    [danglingGold, `${danglingGold}:1: gold INTRODUCES names "Nope", which is not an entity of d`],
    [path.join(dir, 'none.jsonl'), `${path.join(dir, 'none.jsonl')}: no such file or directory`],
  ])('rejects %s with file:line', async (file, message) => {
    const error = await loadGold([file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });

  it('refuses a gold id given twice', async () => {
    const error = await loadGold([goldDir, path.join(goldDir, 'b.jsonl')]).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`${path.join(goldDir, 'b.jsonl')}:1: gold id g3 already given at ${path.join(goldDir, 'b.jsonl')}:1`);
  });

  it('rejects a broken prediction line and keeps the others', async () => {
    const { byId, rejects } = await loadPredictions(predictionsFile);
    expect([...byId.keys()]).toEqual(['g1', 'g2', 'not-in-gold']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ file: predictionsFile, line: 4 });
  });
});

describe('medkg eval', () => {
  it('prints the numbers as JSON', async () => {
    const { code, stdout, stderr } = await medkg('eval', '--gold', goldDir, '--input', predictionsFile, '--json');
    expect(code).toBe(0);
    expect(stderr).toContain(`${predictionsFile}:4: rejected:`);
    const report = JSON.parse(stdout);
    expect(report.entities.micro).toMatchObject({ tp: 6, fp: 3, fn: 4 });
    expect(report.papers).toMatchObject({ gold: 3, missing: 1, rejectedInputLines: 1 });
    expect(report.errors).toBeUndefined();
  });

  it('prints a table and, with --errors, the FPs and FNs per paper', async () => {
    const { code, stdout } = await medkg('eval', '--gold', path.join(goldDir, 'a.jsonl'), '--gold', path.join(goldDir, 'b.jsonl'),
      '--input', predictionsFile, '--errors');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^entities \(micro\)\s+0\.667\s+0\.600\s+0\.632\s+6\s+3\s+4$/m);
    expect(stdout).toMatch(/^value right\s+0\.500\s+\(1\/2 /m);
    expect(stdout).toContain('g3 (missing from input)');
    expect(stdout).toContain('  FP entity Model: LLMs');
  });

  it('extracts papers given as --input and scores them exactly as their `medkg extract` output', async () => {
    const papers = path.join(repoRoot, 'tests/fixtures/heldout/papers.jsonl');
    const heldoutGold = path.join(repoRoot, 'tests/fixtures/heldout/gold.jsonl');
    const extracted = path.join(dir, 'heldout-extract.jsonl');
    expect((await medkg('extract', papers, '--out', extracted)).code).toBe(0);
    const fromPapers = await medkg('eval', '--gold', heldoutGold, '--input', papers, '--json');
    const fromExtract = await medkg('eval', '--gold', heldoutGold, '--input', extracted, '--json');
    expect(fromPapers.code).toBe(0);
    const report = JSON.parse(fromPapers.stdout);
    expect(report.papers).toMatchObject({ gold: 40, missing: 0, rejectedInputLines: 0 });
    expect(report).toEqual(JSON.parse(fromExtract.stdout));
  });

  it('stops on malformed gold with one line naming file:line', async () => {
    const { code, stdout, stderr } = await medkg('eval', '--gold', badGold, '--input', predictionsFile);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(new RegExp(`^medkg: ${badGold.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: malformed gold line`));
  });
});
