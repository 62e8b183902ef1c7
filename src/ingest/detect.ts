// Tells the format of an input from its first bytes (content sniffing) and its file extension:
// clear content signs (XML, JSON) win over the extension; plain text needs Daily-Papers markers or a
// `.txt` name. Empty, binary and undetectable inputs are refused with one clear error.
import path from 'node:path';
import { InputError } from '../errors.ts';

export const FORMATS = ['hf', 'jsonl', 'json', 'pubmed'] as const;
export type Format = (typeof FORMATS)[number];

const EXTENSIONS: Record<string, Format> = {
  '.txt': 'hf',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.xml': 'pubmed',
};

/** Lines that only a Hugging Face "Daily Papers" page has. */
const HF_MARKERS = [/Get trending papers in your email inbox/, /^byAK and the research community$/m, /^\s*•\s*\d+ authors?$/m, /^Daily Papers$/m];

/** Refuse inputs no reader can use, whatever the format: empty or binary. */
export function assertTextInput(name: string, head: Buffer): void {
  if (head.length === 0) throw new InputError(name, null, 'empty file');
  if (looksBinary(head)) throw new InputError(name, null, 'binary file, not text (expected Daily Papers text, JSON Lines, JSON or PubMed XML)');
  if (sniffText(head).length === 0) throw new InputError(name, null, 'empty file (only whitespace)');
}

/** The format of an input, from content first and extension second. */
export function detectFormat(name: string, head: Buffer): Format {
  assertTextInput(name, head);
  const text = sniffText(head);
  if (text.startsWith('<')) {
    if (/<PubmedArticleSet[\s>]|<!DOCTYPE\s+PubmedArticleSet/.test(text)) return 'pubmed';
    throw new InputError(name, null, notPubmedReason(text));
  }
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) {
    const firstLine = text.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') ? 'jsonl' : 'json';
  }
  if (HF_MARKERS.some((marker) => marker.test(text))) return 'hf';
  const byExtension = EXTENSIONS[path.extname(name).toLowerCase()];
  if (byExtension === 'hf') return 'hf';
  throw new InputError(name, null, 'cannot tell the format (not XML, not JSON, no Daily Papers markers): pass --format hf|jsonl|json|pubmed');
}

/** Why an XML document is not PubMed, naming its root element. */
export function notPubmedReason(text: string): string {
  const root = rootElement(text);
  return `XML file is not PubMed: root element is <${root ?? '?'}>, expected <PubmedArticleSet>`;
}

function rootElement(text: string): string | null {
  const stripped = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, '');
  return /<([A-Za-z_][\w.:-]*)/.exec(stripped)?.[1] ?? null;
}

function sniffText(head: Buffer): string {
  return head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
}

/** NUL bytes, or more than 1 in 10 bytes being control characters, mean binary. */
function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control * 10 > head.length;
}
