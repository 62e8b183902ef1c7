// The curated lexicon: loads src/extract/lexicon/*.json once, validates it with zod and indexes every
// alias by its name key for the span matcher. A key that two entries claim is a data error.
import { readFileSync } from 'node:fs';
import { LexiconFile, type LexiconEntry } from '../schema/lexicon.ts';
import { caseForm, nameKey } from './normalize.ts';

export const LEXICON_FILES = ['models', 'datasets', 'benchmarks', 'metrics'] as const;

export interface AliasHit {
  entry: LexiconEntry;
  /** when set, the surface's case form must be one of these (strict aliases only) */
  caseForms: Set<string> | null;
}

export interface Lexicon {
  version: string;
  entries: LexiconEntry[];
  byKey: Map<string, AliasHit>;
  /** name keys of every alias prefix that ends on a word boundary, for early exit while matching */
  prefixes: Set<string>;
  /** most words any alias spans */
  maxWords: number;
}

/** Words of a surface form as the matcher sees them: runs of letters/digits (with trailing `+`). */
export function aliasWords(surface: string): string[] {
  return surface.match(/[A-Za-z0-9²³¹⁴]+\+*/g) ?? [];
}

function isStrict(entry: LexiconEntry, alias: string): boolean {
  return entry.strict === true || nameKey(alias).length <= 3;
}

export function buildLexicon(files: { file: string; data: unknown }[]): Lexicon {
  const entries: LexiconEntry[] = [];
  const versions = new Set<string>();
  for (const { file, data } of files) {
    const parsed = LexiconFile.safeParse(data);
    if (!parsed.success) throw new Error(`lexicon ${file}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    versions.add(parsed.data.version);
    entries.push(...parsed.data.entries);
  }
  const byKey = new Map<string, AliasHit>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const keys = new Set<string>();
  for (const entry of entries) {
    if (keys.has(entry.key)) throw new Error(`lexicon: key ${entry.key} is used by two entries`);
    keys.add(entry.key);
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = nameKey(alias);
      if (!key) continue;
      const prior = byKey.get(key);
      if (prior && prior.entry.key !== entry.key) {
        throw new Error(`lexicon: alias "${alias}" of ${entry.key} is already an alias of ${prior.entry.key}`);
      }
      const strict = isStrict(entry, alias);
      const hit = prior ?? { entry, caseForms: strict ? new Set<string>() : null };
      if (!strict) hit.caseForms = null;
      else hit.caseForms?.add(caseForm(alias));
      byKey.set(key, hit);
      const words = aliasWords(alias);
      maxWords = Math.max(maxWords, words.length);
      let prefix = '';
      for (const word of words) {
        prefix += nameKey(word);
        prefixes.add(prefix);
      }
    }
  }
  return { version: [...versions].join('+'), entries, byKey, prefixes, maxWords };
}

function readLexiconFiles(): { file: string; data: unknown }[] {
  return LEXICON_FILES.map((name) => {
    const url = new URL(`./lexicon/${name}.json`, import.meta.url);
    return { file: `${name}.json`, data: JSON.parse(readFileSync(url, 'utf8')) as unknown };
  });
}

let cached: Lexicon | undefined;

/** The bundled lexicon, loaded once per process (or worker). */
export function defaultLexicon(): Lexicon {
  cached ??= buildLexicon(readLexiconFiles());
  return cached;
}

/** A hyphenated variant of a known model ("Med-Gemini-3D", "GPT-4-Turbo", "Qwen2.5-7B-Med"). */
export function knownModelPrefix(lexicon: Lexicon, word: string): boolean {
  for (let at = word.lastIndexOf('-'); at > 0; at = word.lastIndexOf('-', at - 1)) {
    const prefix = word.slice(0, at);
    const hit = lexicon.byKey.get(nameKey(prefix));
    if (hit && hit.entry.types[0] === 'Model' && (!hit.caseForms || hit.caseForms.has(caseForm(prefix)))) return true;
  }
  return false;
}
