// Reader for Hugging Face "Daily Papers" text dumps, in both layouts seen in the wild: one line per
// title and abstract with no blank lines, or blank-line separated blocks with an optional author
// bullet, "·" and a date line (`Dec 28, 2023`, `Apr 1`, `Jun 20 3` = 3 upvotes). Emits one paper per
// title+abstract; duplicates across pages are merged later (see dedupe.ts).
import type { Paper } from '../schema/index.ts';
import { ingestReject, type IngestEvent } from './events.ts';
import { classifyLine, looksLikeAbstract, unglueSubscribe } from './hf-lines.ts';
import { readLines } from './lines.ts';
import { cleanText, isTruncated } from './normalise.ts';
import { paperIdFromTitle } from './paper-id.ts';
import type { Source } from './source.ts';

interface Draft {
  title: string;
  line: number;
  abstract: string | null;
  authors: number | null;
  date: string | null;
  upvotes: number | null;
}

export async function* readHfPages(source: Source): AsyncGenerator<IngestEvent> {
  let draft: Draft | null = null;
  let seenPaper = false;

  const close = (): IngestEvent | null => {
    const done = draft;
    draft = null;
    if (done === null) return null;
    if (done.abstract === null) return ingestReject(source.name, done.line, `title "${shorten(done.title)}" has no abstract`);
    return { kind: 'paper', paper: toPaper(done, source.name) };
  };

  for await (const line of readLines(source.chunks)) {
    if (line.error !== undefined) {
      yield ingestReject(source.name, line.number, line.error);
      continue;
    }
    let text = line.text;
    if (!seenPaper) text = unglueSubscribe(text.trim()) ?? text;
    const kind = classifyLine(text);
    switch (kind.kind) {
      case 'blank':
      case 'chrome':
      case 'separator':
        break;
      case 'authors':
        if (draft?.abstract != null) draft.authors = kind.count;
        break;
      case 'date':
        // a date before any paper is the page header (the day the page lists), not a paper's date
        if (draft?.abstract != null && draft.date === null) {
          draft.date = kind.date;
          draft.upvotes = kind.upvotes;
        }
        break;
      case 'text': {
        const isAbstract = looksLikeAbstract(kind.text) || (draft !== null && draft.abstract === null && /[.!]$/.test(kind.text) && kind.text.split(' ').length >= 8);
        if (isAbstract && draft !== null && draft.authors === null && draft.date === null) {
          draft.abstract = draft.abstract === null ? kind.text : `${draft.abstract} ${kind.text}`;
        } else if (isAbstract) {
          yield ingestReject(source.name, line.number, 'abstract-like line without a title before it');
        } else {
          const closed = close();
          if (closed) yield closed;
          draft = { title: cleanText(kind.text), line: line.number, abstract: null, authors: null, date: null, upvotes: null };
          seenPaper = true;
        }
        break;
      }
    }
  }
  const closed = close();
  if (closed) yield closed;
}

function toPaper(draft: Draft, file: string): Paper {
  const abstract = draft.abstract ?? '';
  return {
    id: paperIdFromTitle(draft.title),
    title: draft.title,
    abstract,
    date: draft.date,
    authors: draft.authors,
    url: null,
    upvotes: draft.upvotes,
    doi: null,
    truncated: isTruncated(abstract),
    source: { file, line: draft.line },
  };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
