// Directories given on the command line stand for their files, so `medkg extract DIR`, `medkg build DIR`
// and `medkg eval --input DIR` read the same papers as the files listed one by one.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/ingest/index.ts';

describe('expandInputs', () => {
  it('replaces a directory by its files in name order, skipping hidden files and sub-directories', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'medkg-inputs-'));
    for (const name of ['b.jsonl', 'a.txt', '.hidden.jsonl']) writeFileSync(path.join(dir, name), '');
    mkdirSync(path.join(dir, 'sub'));
    const empty = mkdtempSync(path.join(tmpdir(), 'medkg-empty-'));
    const single = path.join(dir, 'b.jsonl');
    expect(await expandInputs(['-', dir, single, empty, 'missing.jsonl'])).toEqual([
      '-', path.join(dir, 'a.txt'), path.join(dir, 'b.jsonl'), single, empty, 'missing.jsonl',
    ]);
  });
});
