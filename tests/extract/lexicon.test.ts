// The curated lexicon: loads and validates, is large enough to matter, and no alias (after name-key
// normalisation) belongs to two entries — the property that makes lexicon resolution unambiguous.
import { describe, expect, it } from 'vitest';
import { buildLexicon, defaultLexicon } from '../../src/extract/lexicon.ts';
import { nameKey } from '../../src/extract/normalize.ts';

describe('lexicon', () => {
  const lexicon = defaultLexicon();

  it('holds hundreds of entries across the four types', () => {
    const byType = new Map<string, number>();
    for (const e of lexicon.entries) byType.set(e.types[0]!, (byType.get(e.types[0]!) ?? 0) + 1);
    expect(lexicon.entries.length).toBeGreaterThan(700);
    for (const t of ['Model', 'Dataset', 'Benchmark', 'Metric']) expect(byType.get(t) ?? 0).toBeGreaterThan(40);
  });

  it('maps every alias to exactly one entry', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of lexicon.entries) {
      for (const alias of [e.name, ...e.aliases]) {
        const key = nameKey(alias);
        const prior = owner.get(key);
        if (prior && prior !== e.key) clashes.push(`${alias}: ${prior} / ${e.key}`);
        owner.set(key, e.key);
      }
    }
    expect(clashes).toEqual([]);
    expect(new Set(lexicon.entries.map((e) => e.key)).size).toBe(lexicon.entries.length);
  });

  it('rejects a lexicon where two entries share an alias, naming both', () => {
    const data = {
      version: 't',
      entries: [
        { key: 'med-palm-2', name: 'Med-PaLM 2', types: ['Model'], aliases: ['MedPaLM-2'] },
        { key: 'other', name: 'Other', types: ['Model'], aliases: ['Med PaLM 2'] },
      ],
    };
    expect(() => buildLexicon([{ file: 'x.json', data }])).toThrow(/"Med PaLM 2" of other is already an alias of med-palm-2/);
  });

  it('rejects an entry with an unknown type, naming the file', () => {
    const data = { version: 't', entries: [{ key: 'x', name: 'X', types: ['Gadget'], aliases: [] }] };
    expect(() => buildLexicon([{ file: 'bad.json', data }])).toThrow(/lexicon bad\.json/);
  });
});
