// Size anaphora: "The 7B model scores …", "the larger model yields …". A paper that names sized
// variants of a model (Osprey-R1-7B, Osprey-R1-32B) often refers back to one by its size alone; such a
// phrase is read as a mention of that variant so the sentence's numbers find their owner.
import type { ResolvedEntity } from './entities.ts';
import type { MentionRef } from './relations-eval.ts';

const SIZE_PHRASE = /\b[Tt]he\s+(?:(\d+(?:\.\d+)?)\s?([BM])|(larger|largest|bigger|biggest|smaller|smallest))\s+(?:model|variant|version|one)\b/g;
const SIZE_SUFFIX = /[-\s](\d+(?:\.\d+)?)([BM])$/;

function sizeOf(name: string): number | null {
  const m = SIZE_SUFFIX.exec(name);
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'B' ? 1000 : 1);
}

/** Mentions of sized model variants made by size alone, in text order. */
export function sizeAnaphora(text: string, from: number, entities: ResolvedEntity[]): MentionRef[] {
  if (!/\b[Tt]he\s+(?:\d|larg|bigg|small)/.test(text)) return [];
  const sized = entities.filter((e) => e.type === 'Model' && sizeOf(e.name) !== null);
  if (sized.length < 2) return [];
  // prefer the paper's own variants; else every sized model named
  const own = sized.filter((e) => e.introduced);
  const pool = own.length >= 2 ? own : sized;
  const out: MentionRef[] = [];
  for (const m of text.matchAll(SIZE_PHRASE)) {
    if (m.index < from) continue;
    let entity: ResolvedEntity | undefined;
    if (m[1]) {
      const size = Number(m[1]) * (m[2] === 'B' ? 1000 : 1);
      const hits = pool.filter((e) => sizeOf(e.name) === size);
      if (hits.length === 1) entity = hits[0];
    } else if (pool.length === 2 || own.length >= 2) {
      const bySize = [...pool].sort((a, b) => sizeOf(a.name)! - sizeOf(b.name)!);
      entity = /^(?:larg|bigg)/.test(m[3]!) ? bySize[bySize.length - 1] : bySize[0];
    }
    if (entity) out.push({ start: m.index, end: m.index + m[0].length, entity });
  }
  return out;
}
