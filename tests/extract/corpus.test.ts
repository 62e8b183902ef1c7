// The extractor on the real corpus (read through ingest): every record validates against the zod
// Extraction schema, every offset slices to its text, and the MedQA evaluations the abstracts state
// are all found with their scores and without generic sources.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';
import { Extraction } from '../../src/schema/index.ts';
import { isGeneric } from '../../src/extract/shapes.ts';
import { corpusPapers } from './corpus.ts';

let extractions: Extraction[] = [];

beforeAll(async () => {
  extractions = (await corpusPapers()).map((p) => extractPaper(p));
});

describe('extractPaper on the corpus', () => {
  it('reads the whole corpus', () => {
    expect(extractions.length).toBeGreaterThanOrEqual(300);
  });

  it('produces records that validate and whose offsets slice to their text', () => {
    const bad: string[] = [];
    for (const x of extractions) {
      expect(() => Extraction.parse(x)).not.toThrow();
      const text = `${x.title}\n${x.abstract}`;
      for (const e of x.entities) {
        for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) bad.push(`${x.id} ${e.name} @${m.start}`);
      }
      for (const r of x.relations) {
        if (text.slice(r.evidence.start, r.evidence.end) !== r.evidence.text) bad.push(`${x.id} ${r.type} evidence`);
      }
      const names = new Set(x.entities.map((e) => e.name));
      for (const r of x.relations) {
        if (r.type !== 'INTRODUCES' && r.type !== 'LINKS_TO') expect(names.has(r.source)).toBe(true);
        expect(names.has(r.target)).toBe(true);
      }
    }
    expect(bad).toEqual([]);
  });

  it('finds every named model evaluated on MedQA, with the stated scores and no generic sources', () => {
    const onMedQA = new Map<string, { metric: string | null; value: number | null }[]>();
    for (const x of extractions) {
      for (const r of x.relations) {
        const target = x.entities.find((e) => e.name === r.target);
        if (r.type !== 'EVALUATED_ON' || target?.key !== 'medqa') continue;
        const list = onMedQA.get(r.source) ?? [];
        list.push({ metric: r.metric, value: r.value });
        onMedQA.set(r.source, list);
      }
    }
    expect(onMedQA.get('Med-Gemini')).toContainEqual({ metric: 'accuracy', value: 91.1 });
    expect(onMedQA.get('Flan-PaLM')).toContainEqual({ metric: 'accuracy', value: 67.6 });
    expect(onMedQA.get('Med-PaLM 2')).toContainEqual({ metric: null, value: 86.5 });
    expect(onMedQA.get('Med-PaLM')).toContainEqual({ metric: null, value: 67.2 });
    expect(onMedQA.get('WiNGPT-3.0')).toContainEqual({ metric: null, value: 87.1 });
    for (const name of ['Citrus', 'Med-REFL', 'MedAgents']) expect(onMedQA.has(name)).toBe(true);
    for (const source of onMedQA.keys()) {
      expect(isGeneric(source)).toBe(false);
      expect(source).not.toMatch(/\b(?:LLMs?|models?|baselines?)\b/i);
    }
    // a delta ("gains up to 4.11%") is never reported as the score
    expect(onMedQA.get('Med-REFL')?.every((f) => f.value === null)).toBe(true);
  });
});
