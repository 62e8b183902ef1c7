// The working record of the extractor: one mention of a (possibly new) name with what the rules
// learned about it — type hints, whether the paper introduces it, and its acronym partner.
import type { EntityType } from '../schema/index.ts';
import type { LexiconEntry } from '../schema/lexicon.ts';
import type { Span } from './text.ts';

export interface Found extends Span {
  text: string;
  /** lexicon key or discovered key (`n:…`): mentions with one key become one entity */
  key: string;
  lex: LexiconEntry | null;
  /** types the context says this is ("the X dataset" → Dataset) */
  hints: EntityType[];
  introduced: boolean;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
