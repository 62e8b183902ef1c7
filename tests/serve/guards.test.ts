// Pure guards of the server: which raw paths count as leaving the served folder, how driver errors
// are shortened, and that every statement the view runs is a read.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortReason } from '../../src/serve/connection.ts';
import { escapesRoot } from '../../src/serve/index.ts';
import { REPO } from '../load/run-cli.ts';

describe('escapesRoot', () => {
  it.each([
    ['/../package.json', true],
    ['/%2e%2e/package.json', true],
    ['/%2E%2E%2Fpackage.json', true],
    ['/%252e%252e/package.json', true],
    ['/assets/..%5c..%5cpackage.json', true],
    ['/a/%00/b', true],
    ['/%E0%A4%A', true],
    ['/', false],
    ['/assets/index-abc.js', false],
    ['/api/search?q=..', false],
    ['/api/entity?id=a..b', false],
  ])('%s → %s', (url, expected) => {
    expect(escapesRoot(url)).toBe(expected);
  });
});

describe('shortReason', () => {
  it('keeps the first sentence and the cause of a driver error', () => {
    const error = new Error('Failed to connect to server. Please ensure that your database is listening. Caused by: connect ECONNREFUSED 127.0.0.1:7687');
    expect(shortReason(error)).toBe('Failed to connect to server: connect ECONNREFUSED 127.0.0.1:7687');
  });
});

describe('viz Cypher', () => {
  const dir = path.join(REPO, 'cypher/queries/viz');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.cypher')))('%s contains no write clause', (file) => {
    const code = readFileSync(path.join(dir, file), 'utf8').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD CSV|FOREACH)\b/i);
  });
});
