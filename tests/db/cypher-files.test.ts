// loadCypher(): reads cypher/<name>.cypher once, refuses names outside cypher/, names a missing file.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cypherFilePath, loadCypher } from '../../src/db/cypher-files.ts';
import { REPO_ROOT } from '../../src/db/local-paths.ts';
import { MedkgError } from '../../src/errors.ts';

describe('loadCypher', () => {
  it('returns the trimmed text of cypher/<name>.cypher', () => {
    const file = path.join(REPO_ROOT, 'cypher', 'db', 'ping.cypher');
    expect(loadCypher('db/ping')).toBe(readFileSync(file, 'utf8').trim());
    expect(cypherFilePath('db/ping')).toBe(file);
  });

  it('returns the same string on every call (cached)', () => {
    expect(loadCypher('db/count-nodes')).toBe(loadCypher('db/count-nodes'));
  });

  it.each([
    ['db/no-such-query', 'missing Cypher file cypher/db/no-such-query.cypher'],
    ['../package', 'invalid Cypher file name: ../package'],
  ])('%s → %s', (name, message) => {
    expect(() => loadCypher(name)).toThrow(MedkgError);
    expect(() => loadCypher(name)).toThrow(message);
  });
});
