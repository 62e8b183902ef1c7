// Names that extend a name already found: a release ("PDBbind v2020"), a size written after a known
// model ("Stable-Vicuna 13B"), a task or track of a dated challenge ("n2c2 2018 ADE"), and the
// hyphenated variants of a name the paper introduces ("OphthoKit-Fundus", "RADLINGO-Eval").
import type { EntityType } from '../schema/index.ts';
import type { Found } from './found.ts';
import type { LexMention } from './match-lexicon.ts';
import type { NameSpan } from './names.ts';
import { hasNameShape, isGeneric, typeFromShape } from './shapes.ts';

export interface Extension {
  name: NameSpan;
  types: EntityType[];
}

const RELEASE_TAG = /^ v\d+(?:\.\d+)*(?![\w.]|\.\d)/;
/** "Stable-Vicuna 13B": a size written after a known model name */
const SIZE_TAG = /^ \d+(?:\.\d+)?[BM](?![\w-])/;
const TRACK_TAG = /^ (?:Track \d+|Task \d+|([A-Z]{2,6}))(?![\w-]| [A-Z])/;
/** what follows "Family" in "Family-Fundus", "Family-v2-L", "Family-OCT3D" */
const VARIANT_TAIL = /^-[A-Za-z0-9][A-Za-z0-9.+]*(?:-[A-Za-z0-9][A-Za-z0-9.+]*)*(?<![.])/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const coined = (text: string, start: number, end: number): NameSpan => ({ start, end, text: text.slice(start, end), lex: null, acronym: null, shape: 'coined' });

/** "PDBbind v2020", "MIMIC-IV v2.2", "Stable-Vicuna 13B", "n2c2 2018 Track 2": a known name with a
 * release tag, a size or a track is that release, size or track, its own entity. */
export function releaseNames(text: string, lexMentions: LexMention[]): Extension[] {
  const out: Extension[] = [];
  for (const m of lexMentions) {
    const type = m.entry.types[0]!;
    if (type === 'Metric') continue;
    const tag = RELEASE_TAG.exec(text.slice(m.end, m.end + 12)) ?? (type === 'Model' ? SIZE_TAG.exec(text.slice(m.end, m.end + 8)) : null);
    // "n2c2 2018 ADE": a task or track of a dated challenge is its own benchmark ("BraTS 2021 MRI" is not)
    const track = !tag && /\b(?:19|20)\d\d$/.test(m.text) ? TRACK_TAG.exec(text.slice(m.end, m.end + 12)) : null;
    if (track && isGeneric(track[1] ?? '')) continue;
    if (!tag && !track) continue;
    out.push({ name: coined(text, m.start, m.end + (tag ?? track)![0].length), types: track ? ['Benchmark'] : [type] });
  }
  return out;
}

/** Hyphenated variants of the names the paper introduces: new ones to add (the paper's own), and
 * already found ones to mark as introduced. Splits ("MMXU-test"), descriptors ("EchoFlow-generated"),
 * measures ("MICS-Score") and data-shaped names of a model family ("ChestAlign-VQA") are left alone. */
export function familyVariants(text: string, titleEnd: number, found: Found[]): { add: Extension[]; mark: Found[] } {
  const add: Extension[] = [];
  const mark: Found[] = [];
  const seen = new Set<string>();
  for (const family of found.filter((f) => f.introduced && !f.lex && f.text.length >= 3 && !/\s/.test(f.text))) {
    if (seen.has(family.text)) continue;
    seen.add(family.text);
    for (let at = text.indexOf(`${family.text}-`, titleEnd); at !== -1; at = text.indexOf(`${family.text}-`, at + 1)) {
      if (at > 0 && /[\w-]/.test(text[at - 1]!)) continue;
      const m = VARIANT_TAIL.exec(text.slice(at + family.text.length));
      if (!m) continue;
      const end = at + family.text.length + m[0].length;
      const word = text.slice(at, end);
      if (!/^-(?:v\d|[A-Z0-9])/.test(m[0]) || !hasNameShape(word) || /-(?:Score|Metric|Loss|Index)$/i.test(word)) continue;
      const shaped = typeFromShape(word);
      if (shaped && shaped !== 'Model' && family.hints.length && family.hints.every((h) => h === 'Model')) continue;
      // found by a rule that typed it: it stays as typed, and is the paper's own
      const known = found.filter((f) => f.start === at && f.end === end);
      if (known.length) {
        mark.push(...known);
        continue;
      }
      if (found.some((f) => f.start === at && f.end > end) || add.some((e) => e.name.start === at)) continue;
      add.push({ name: coined(text, at, end), types: shaped ? [] : family.hints });
    }
  }
  return { add, mark };
}

const SUCCESSOR_INTRO = /\b(?:[Ww]e\s+(?:present|introduce|propose|release|develop|build)|[Hh]ere\s+we\s+(?:present|introduce|propose|release))\s+$/;

/** "Our earlier model Hygieia … Here we present Hygieia 2 … Hygieia 2 scores …": a numbered successor
 * of a model the paper names, written two or more times, is its own model (the paper's own when an
 * intro verb names it). */
export function successorNames(text: string, titleEnd: number, found: Found[]): (Extension & { introduced: boolean })[] {
  const out: (Extension & { introduced: boolean })[] = [];
  const seen = new Set<string>();
  for (const family of found.filter((f) => !f.lex && f.text.length >= 3 && (f.hints.length === 0 || f.hints.includes('Model')))) {
    if (seen.has(family.text)) continue;
    seen.add(family.text);
    // cheap gate: the name followed by a space and a digit somewhere, before any regex is built
    let at = text.indexOf(`${family.text} `);
    while (at !== -1 && !/[2-9]/.test(text[at + family.text.length + 1] ?? '')) at = text.indexOf(`${family.text} `, at + 1);
    if (at === -1) continue;
    const successors = [...text.matchAll(new RegExp(`(?<![\\w-])${escapeRegExp(family.text)} [2-9](?![\\w%-]|[.,]\\d|\\s*(?:%|points?|times|of|out|to)\\b)`, 'g'))];
    if (successors.length < 2) continue;
    const introduced = successors.some((m) => SUCCESSOR_INTRO.test(text.slice(Math.max(0, m.index - 30), m.index)));
    for (const m of successors) {
      if (m.index < titleEnd || found.some((f) => f.start === m.index && f.end >= m.index + m[0].length)) continue;
      out.push({ name: coined(text, m.index, m.index + m[0].length), types: ['Model'], introduced });
    }
  }
  return out;
}
