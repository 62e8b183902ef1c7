// Display names of entities the lexicon knows: the graph shows one name per real thing ("MedQA"), not the
// fullest form the first loaded paper happened to use ("MedQA (USMLE)"); paper forms stay aliases.
import { defaultLexicon } from '../extract/index.ts';

let names: Map<string, string> | undefined;

/** The lexicon's canonical name for an entity key, or undefined for names found by discovery rules. */
export function canonicalName(key: string): string | undefined {
  names ??= new Map(defaultLexicon().entries.map((entry) => [entry.key, entry.name]));
  return names.get(key);
}
