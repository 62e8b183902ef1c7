// Normalised surface forms: the one rule that makes `MedQA-USMLE`, `MedQA (USMLE)` and `medqa usmle`
// the same lookup string. Used when building entity rows and when resolving names typed by users.

/** Lower-case, accents folded, everything but letters and digits dropped. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Distinct non-empty normalised forms of several surface forms, in first-seen order. */
export function normalisedForms(texts: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    const norm = normaliseName(text);
    if (norm) out.add(norm);
  }
  return [...out];
}

/** Year of an ISO-ish paper date (`2024-05-01`, `2024-05`, `2024`); null for `--05-01` or null. */
export function yearOf(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}
