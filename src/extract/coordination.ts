// Coordination: a word listed next to a known name shares its type ("ResNet-50, InceptionV3 and
// DenseNet161"; "MIMIC-III, BC5CDR and NCBI-Disease"; "RadFM, Merlin and M3D"). A listed word must
// look coined or be a plain name-like word; names found this way extend the list for the next ones.
import type { EntityType } from '../schema/index.ts';
import { LIST_PREV } from './cues.ts';
import { isNameLike } from './english.ts';
import type { Found } from './found.ts';
import type { LexMention } from './match-lexicon.ts';
import type { NameSpan } from './names.ts';
import { ABSTRACT_NOUN } from './plain-names.ts';
import { hasNameShape, isAcronym, isGeneric } from './shapes.ts';

/** The next item of a list, past an article and a hedge ("…, PraNet and the recent CFANet"). */
const LIST_NEXT = /^\s*(?:,|\/|,?\s+(?:and|or))\s+(?:the\s+)?(?:(?:recent|recently\s+proposed|latest|popular|strong|widely[- ]used|state-of-the-art|SOTA)\s+)?([A-Za-z0-9][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*)/;

export function coordinatedNames(
  text: string,
  titleEnd: number,
  lexMentions: LexMention[],
  found: Found[],
  blockedAt: (at: number) => boolean,
): { name: NameSpan; type: EntityType }[] {
  const names: { name: NameSpan; type: EntityType }[] = [];
  const known: { start: number; end: number; type: EntityType }[] = [
    ...lexMentions.map((m) => ({ start: m.start, end: m.end, type: m.entry.types[0]! })),
    ...found.map((f) => ({ start: f.start, end: f.end, type: f.hints[0] ?? f.lex?.types[0] ?? 'Model' })),
  ].filter((k) => k.type !== 'Metric' && k.type !== 'URL' && k.start >= titleEnd);
  const taken = (start: number, end: number): boolean => known.some((k) => k.start < end && start < k.end) || blockedAt(start);
  for (let i = 0; i < known.length && i < 200; i++) {
    const k = known[i]!;
    let after = LIST_NEXT.exec(text.slice(k.end, k.end + 72));
    // "…, TCGA-KIRC and TCGA-BLCA, OncoSurv-MIL achieves": a list closed by "and" does not go on
    if (after && /^\s*,\s/.test(after[0]) && /\b(?:and|or)\s+(?:the\s+)?$/.test(text.slice(Math.max(titleEnd, k.start - 8), k.start))) after = null;
    // "On SkinCon, DermBLIP, SkinGPTX and …": the comma closes a fronted phrase, not a list
    if (after && /^\s*,\s/.test(after[0]) && /(?:^|[.;:]\s+|\n)(?:On|In|Across|For|Using|With)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, k.start - 12), k.start))) after = null;
    const before = LIST_PREV.exec(text.slice(Math.max(titleEnd, k.start - 48), k.start));
    const candidates: { start: number; word: string; joint: boolean }[] = [];
    if (after) candidates.push({ start: k.end + after[0].length - after[1]!.length, word: after[1]!, joint: /\b(?:and|or)\b/.test(after[0]) });
    if (before) candidates.push({ start: k.start - before[0].length, word: before[1]!, joint: /\b(?:and|or)\b/.test(before[0]) });
    for (const { start, word: raw, joint } of candidates) {
      const word = raw.replace(/[.]+$/, '');
      const end = start + word.length;
      if (taken(start, end)) continue;
      const coined = /[A-Z0-9]/.test(word.slice(1)) && hasNameShape(word);
      // "trained on SHHS and MASS": an acronym coordinated with a known data set is one too
      const dataAcronym = joint && (k.type === 'Dataset' || k.type === 'Benchmark') && word.length >= 3 && isAcronym(word) && !isGeneric(word);
      if (!coined && !dataAcronym && !(isNameLike(word) && !isGeneric(word) && !ABSTRACT_NOUN.test(word))) continue;
      names.push({ name: { start, end, text: word, lex: null, acronym: null, shape: 'coined' }, type: k.type });
      known.push({ start, end, type: k.type });
    }
  }
  return names;
}
