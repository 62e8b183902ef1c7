// Reader for PubMed XML (PubmedArticleSet), streamed through saxes so a file of any size never sits in
// memory: PMID as id, ArticleTitle, every AbstractText section with its Label, PubDate
// (Year/Month/Day or MedlineDate), DOI (ELocationID or ArticleId) and the number of authors.
import { SaxesParser } from 'saxes';
import type { Paper } from '../schema/index.ts';
import { isoDate, monthNumber } from './dates.ts';
import { notPubmedReason } from './detect.ts';
import { ingestReject, type IngestEvent } from './events.ts';
import { cleanText, isTruncated } from './normalise.ts';
import { paperIdFromTitle } from './paper-id.ts';
import type { Source } from './source.ts';

/** Longest text field kept per article, in characters. */
export const MAX_FIELD_CHARS = 1024 * 1024;

interface Article {
  line: number;
  pmid: string | null;
  title: string;
  sections: string[];
  year: string | null;
  month: string | null;
  day: string | null;
  medlineDate: string | null;
  doi: string | null;
  authors: number | null;
  tooLong: boolean;
}

type Field = 'pmid' | 'title' | 'section' | 'year' | 'month' | 'day' | 'medlineDate' | 'doi';

export async function* readPubmed(source: Source): AsyncGenerator<IngestEvent> {
  const parser = new SaxesParser({ position: true });
  const queue: IngestEvent[] = [];
  const stack: string[] = [];
  let article: Article | null = null;
  let field: { name: Field; depth: number; text: string } | null = null;
  let fatal: string | null = null;
  let fatalLine = 0;

  const parent = (): string | undefined => stack[stack.length - 1];

  parser.on('error', (error) => {
    if (fatal === null) fatalLine = parser.line;
    fatal ??= `malformed XML: ${error.message.replace(/^[^:]*:\d+:\d+: /, '').split('\n')[0]}`;
  });
  parser.on('opentag', (tag) => {
    if (fatal !== null) return; // nothing after the first error is trusted
    if (stack.length === 0 && tag.name !== 'PubmedArticleSet') {
      fatal = notPubmedReason(`<${tag.name}>`);
      fatalLine = parser.line;
      return;
    }
    const name = tag.name;
    const attribute = (key: string): string | undefined => {
      const value = tag.attributes[key];
      return typeof value === 'string' ? value : value?.value;
    };
    if (name === 'PubmedArticle') article = newArticle(parser.line);
    else if (article && !field) {
      const start = (f: Field, prefix = ''): void => void (field = { name: f, depth: stack.length + 1, text: prefix });
      const inPubDate = stack.includes('PubDate');
      if (name === 'PMID' && parent() === 'MedlineCitation') start('pmid');
      else if (name === 'ArticleTitle') start('title');
      else if (name === 'AbstractText' && parent() === 'Abstract') start('section', attribute('Label') ? `${attribute('Label')!.trim()}: ` : '');
      else if (inPubDate && name === 'Year') start('year');
      else if (inPubDate && name === 'Month') start('month');
      else if (inPubDate && name === 'Day') start('day');
      else if (inPubDate && name === 'MedlineDate') start('medlineDate');
      else if (name === 'ELocationID' && attribute('EIdType') === 'doi' && article.doi === null) start('doi');
      else if (name === 'ArticleId' && attribute('IdType') === 'doi' && article.doi === null) start('doi');
      else if (name === 'AuthorList' && parent() === 'Article') article.authors ??= 0;
      else if (name === 'Author' && parent() === 'AuthorList' && stack[stack.length - 2] === 'Article') article.authors = (article.authors ?? 0) + 1;
    }
    stack.push(name);
  });
  parser.on('text', (text) => {
    if (!field || !article) return;
    if (field.text.length + text.length > MAX_FIELD_CHARS) article.tooLong = true;
    else field.text += text;
  });
  parser.on('closetag', (tag) => {
    if (fatal !== null) return;
    stack.pop();
    if (field && article && stack.length < field.depth) {
      store(article, field.name, cleanText(field.text));
      field = null;
    }
    if (tag.name === 'PubmedArticle' && article) {
      queue.push(finish(article, source.name));
      article = null;
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source.chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      fatal ??= 'invalid UTF-8';
      fatalLine ||= parser.line;
      text = '';
    }
    if (text) parser.write(text);
    yield* queue.splice(0);
    if (fatal !== null) {
      yield ingestReject(source.name, fatalLine, `${fatal}; the rest of the file is skipped`);
      return;
    }
  }
  parser.close();
  yield* queue.splice(0);
  if (fatal !== null) yield ingestReject(source.name, fatalLine, fatal);
}

function newArticle(line: number): Article {
  return { line, pmid: null, title: '', sections: [], year: null, month: null, day: null, medlineDate: null, doi: null, authors: null, tooLong: false };
}

function store(article: Article, name: Field, text: string): void {
  if (name === 'section') article.sections.push(text);
  else if (name === 'title') article.title = text;
  else article[name] = text;
}

function finish(article: Article, file: string): IngestEvent {
  if (article.tooLong) return ingestReject(file, article.line, `article has a text field longer than ${MAX_FIELD_CHARS} characters`);
  if (article.title === '') return ingestReject(file, article.line, `article ${article.pmid ?? '(no PMID)'} has no ArticleTitle`);
  const abstract = article.sections.filter((s) => s !== '').join(' ');
  const paper: Paper = {
    id: article.pmid ?? paperIdFromTitle(article.title),
    title: article.title,
    abstract,
    date: pubDate(article),
    authors: article.authors,
    url: article.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${article.pmid}/` : null,
    upvotes: null,
    doi: article.doi,
    truncated: isTruncated(abstract),
    source: { file, line: Math.max(1, article.line) },
  };
  return { kind: 'paper', paper };
}

/** PubDate as ISO: Year/Month/Day, or the first year (and month) of a MedlineDate like `1998 Dec-1999 Jan`. */
function pubDate(article: Article): string | null {
  if (article.year) {
    const month = article.month ? monthNumber(article.month) : null;
    const day = month !== null && article.day ? Number(article.day) : null;
    return isoDate(Number(article.year), month, day) ?? isoDate(Number(article.year), null, null);
  }
  const medline = article.medlineDate ? /(\d{4})(?:\s+([A-Za-z]{3}))?/.exec(article.medlineDate) : null;
  if (!medline) return null;
  return isoDate(Number(medline[1]), medline[2] ? monthNumber(medline[2]) : null, null);
}
