// Stable paper ids: derived from the normalised title, so the same paper on several pages, or
// re-ingested later, always gets the same id.
import { createHash } from 'node:crypto';

/** Lower-case, accents and punctuation folded, whitespace collapsed. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** `p-` followed by the first 16 hex digits of the SHA-1 of the normalised title. */
export function paperIdFromTitle(title: string): string {
  return 'p-' + createHash('sha1').update(normaliseTitle(title)).digest('hex').slice(0, 16);
}
