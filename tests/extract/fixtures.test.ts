// Table-driven specification of the extractor on synthetic sentences (tests/extract/cases.ts).
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';
import type { Extraction } from '../../src/schema/index.ts';
import { CASES, paperOf } from './cases.ts';
import { UNSEEN_CASES } from './cases-unseen.ts';
import { TYPING_CASES } from './cases-typing.ts';

function entityLines(x: Extraction): string[] {
  return x.entities.filter((e) => e.type !== 'URL').map((e) => `${e.type}:${e.name}`);
}

function relationLines(x: Extraction): string[] {
  return x.relations
    .filter((r) => r.type !== 'LINKS_TO')
    .map((r) => [r.type, r.source, '->', r.target, r.metric, r.value].filter((p) => p !== null && p !== '').join(' '));
}

describe('extractPaper on synthetic fixtures', () => {
  for (const c of [...CASES, ...UNSEEN_CASES, ...TYPING_CASES]) {
    it(c.name, () => {
      const x = extractPaper(paperOf(c.title, c.abstract));
      expect(entityLines(x).sort()).toEqual([...c.entities].sort());
      expect(relationLines(x).sort()).toEqual([...c.relations].sort());
    });
  }
});
