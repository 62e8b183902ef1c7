// Turns a user-supplied record (PaperInput: JSON / JSON Lines) into a Paper: ids kept exactly (numbers
// become strings) or derived from the title, dates normalised to ISO, author lists counted.
import type { Paper, PaperInput } from '../schema/index.ts';
import { parseLooseDate } from './dates.ts';
import { paperIdFromTitle } from './paper-id.ts';

/** An abstract the source cut off ends with an ellipsis. */
export function isTruncated(abstract: string): boolean {
  return /(\.\.\.|…)$/.test(abstract.trimEnd());
}

/** Collapse runs of whitespace (titles come wrapped or indented from some sources). */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Paper from a validated input record, or the reason it cannot be one. */
export function paperFromInput(input: PaperInput, source: NonNullable<Paper['source']>): Paper | { reason: string } {
  const title = cleanText(input.title);
  if (title === '') return { reason: 'record has an empty title' };
  const abstract = input.abstract.trim();
  const authors = input.authors == null ? null : Array.isArray(input.authors) ? input.authors.length : input.authors;
  return {
    id: input.id === undefined ? paperIdFromTitle(title) : String(input.id),
    title,
    abstract,
    date: input.date ? parseLooseDate(input.date) : null,
    authors,
    url: input.url ?? null,
    upvotes: null,
    doi: null,
    truncated: isTruncated(abstract),
    source,
  };
}
