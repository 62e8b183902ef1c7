// Builds Lucene query strings for the full-text indexes from user text without ever passing Lucene
// syntax through: only letter/digit words survive, so "(", "*", ":" or "AND" typed by a user are inert.

/** Letter/digit words of the text, lower-cased. */
export function words(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/** Any of the words (Lucene's default OR); null when the text has no words. */
export function anyWordQuery(text: string): string | null {
  const terms = words(text);
  return terms.length ? terms.join(' ') : null;
}

/** Every word, the last one as a prefix: autocomplete ("med pa" finds "Med-PaLM 2"). */
export function prefixQuery(text: string): string | null {
  const terms = words(text);
  if (!terms.length) return null;
  return terms.map((term, i) => (i === terms.length - 1 ? `${term}*` : term)).join(' AND ');
}

/** One exact term for the keyword-analysed norms index (norms are letters and digits only). */
export function exactTermQuery(norm: string): string {
  return `"${norm}"`;
}
