// Measures recognisable by shape, whatever the lexicon knows: a rank cut-off (`nDCG@10`,
// `accuracy@1`, `Recall@k`) and a coined name reported as a score ("ROUGE-1 scores rose").
import type { LexMention } from './match-lexicon.ts';
import type { NameSpan } from './names.ts';
import { hasNameShape } from './shapes.ts';

const AT_CUTOFF = /(?<![\w@.-])[A-Za-z][A-Za-z-]*@(?:\d+|[kKnN])(?![\w@.])/g;
const SCORED = /(?<![\w.-])[A-Za-z][\w.+]*-\d+[\w.]*(?=\s+scores?\b)/g;

export function metricShapes(text: string, titleEnd: number, lexAt: Map<number, LexMention>): NameSpan[] {
  const names: NameSpan[] = [];
  if (text.includes('@')) {
    for (const m of text.matchAll(AT_CUTOFF)) {
      // a known measure without its cut-off ("nDCG" of "nDCG@10") yields to the longer name
      if (m.index < titleEnd || (lexAt.get(m.index)?.end ?? 0) >= m.index + m[0].length) continue;
      names.push({ start: m.index, end: m.index + m[0].length, text: m[0], lex: null, acronym: null, shape: 'coined' });
    }
  }
  if (/\d[\w.]*\s+scores?\b/.test(text)) {
    for (const m of text.matchAll(SCORED)) {
      if (m.index < titleEnd || lexAt.has(m.index) || !hasNameShape(m[0])) continue;
      names.push({ start: m.index, end: m.index + m[0].length, text: m[0], lex: null, acronym: null, shape: 'coined' });
    }
  }
  return names;
}
