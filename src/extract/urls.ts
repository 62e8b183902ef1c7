// URLs in an abstract: found with or without a scheme (bare github.com/…, *.github.io), cleaned of
// trailing punctuation, unbalanced closing brackets, LaTeX residue (`{here}`, `\_`) and classified
// as code, model hub, dataset or project page for LINKS_TO.
import type { LinkKind } from '../schema/index.ts';

export interface FoundUrl {
  /** the cleaned URL (the entity name) */
  url: string;
  /** the URL exactly as written, when cleaning changed more than trailing punctuation */
  written: string | null;
  start: number;
  end: number;
  kind: LinkKind;
}

const URL_PATTERN =
  /\b(?:https?:\/\/|www\.)[^\s<>"'`]+|\b(?:github\.com|gitlab\.com|huggingface\.co|bitbucket\.org)\/[^\s<>"'`]+|\b[A-Za-z0-9][A-Za-z0-9-]*\.github\.io(?:\/[^\s<>"'`]*)?/g;

const TRAILING = /[.,;:!?'"*]$/;

function trimUrl(raw: string): string {
  let url = raw;
  const brace = url.indexOf('{');
  if (brace > 0) url = url.slice(0, brace);
  for (;;) {
    const before = url;
    url = url.replace(TRAILING, '');
    if (url.endsWith('\\')) url = url.slice(0, -1);
    for (const [open, close] of [['(', ')'], ['[', ']'], ['{', '}'], ['<', '>']] as const) {
      if (url.endsWith(close) && url.split(open).length <= url.split(close).length - 1) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

export function classifyUrl(url: string): LinkKind {
  const lower = url.toLowerCase();
  if (/huggingface\.co\/datasets\//.test(lower)) return 'dataset';
  if (/huggingface\.co\/spaces\//.test(lower)) return 'project-page';
  if (/huggingface\.co\/(?!papers\/|docs\/|blog\/)/.test(lower)) return 'model-hub';
  if (/(?:^|\/\/|\.)(?:github\.com|gitlab\.com|bitbucket\.org|sourceforge\.net)\//.test(lower)) return 'code';
  if (/(?:physionet\.org|zenodo\.org|figshare\.com|kaggle\.com\/datasets|dataverse|\/datasets?\/|\/dataset\b)/.test(lower)) {
    return 'dataset';
  }
  if (/catalog\.ngc\.nvidia\.com|\/models?\//.test(lower)) return 'model-hub';
  return 'project-page';
}

/** Every URL in `text`, cleaned, with the offsets of the cleaned form. */
const HAS_URL = /https?:|www\.|github|gitlab|huggingface|bitbucket/;

export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  if (!HAS_URL.test(text)) return found;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const trimmed = trimUrl(raw);
    const url = trimmed.replace(/\\_/g, '_');
    if (!/[./]/.test(url.replace(/^https?:\/\//, ''))) continue;
    found.push({ url, written: url !== trimmed ? trimmed : null, start, end: start + trimmed.length, kind: classifyUrl(url) });
  }
  return found;
}
