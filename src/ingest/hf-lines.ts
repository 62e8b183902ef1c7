// Classifies one line of a Hugging Face "Daily Papers" text dump: page chrome, an author-count bullet,
// the "·" separator, a date (with optional upvote count), or text — and tells a title from an abstract.
import { parseMonthDay } from './dates.ts';

export type HfLine =
  | { kind: 'blank' }
  | { kind: 'chrome' }
  | { kind: 'authors'; count: number }
  | { kind: 'separator' }
  | { kind: 'date'; date: string; upvotes: number | null }
  | { kind: 'text'; text: string };

/** Whole lines that belong to the page, not to a paper. */
const CHROME = new Set([
  'new',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
]);

const AUTHORS = /^•\s*(\d+)\s+authors?$/;
const DATE_WITH_UPVOTES = /^([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)(?: (\d+))?$/;

export function classifyLine(raw: string): HfLine {
  const line = raw.trim();
  if (line === '') return { kind: 'blank' };
  if (CHROME.has(line) || /^Get trending papers\b/.test(line)) return { kind: 'chrome' };
  if (line === '·' || line === '•') return { kind: 'separator' };
  const authors = AUTHORS.exec(line);
  if (authors) return { kind: 'authors', count: Number(authors[1]) };
  const dated = DATE_WITH_UPVOTES.exec(line);
  if (dated) {
    const date = parseMonthDay(dated[1]!);
    if (date !== null) return { kind: 'date', date, upvotes: dated[2] ? Number(dated[2]) : null };
  }
  return { kind: 'text', text: line };
}

/**
 * `SubscribeSome Title` (the button text glued to the first title on pages without line breaks):
 * the title, or null when the line is not such a glued line. Only asked before the first paper.
 */
export function unglueSubscribe(line: string): string | null {
  const match = /^Subscribe([A-Z0-9].*)$/.exec(line);
  return match ? match[1]! : null;
}

/**
 * Abstract lines are prose: long, several sentences, many words. Titles are short and rarely end in a
 * full stop. Corpus titles run up to ~180 characters and abstracts start around ~570.
 */
export function looksLikeAbstract(text: string): boolean {
  if (text.length >= 300) return true;
  const words = text.split(/\s+/).length;
  if (words >= 30) return true;
  const sentenceBreaks = (text.match(/[.!?] [A-Z]/g) ?? []).length;
  const endsLikeProse = /[.!]$|\.\.\.$|…$/.test(text);
  return endsLikeProse && (sentenceBreaks >= 1 || words >= 12);
}
