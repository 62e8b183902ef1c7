// Name normalisation for scoring: two surface forms refer to the same thing when they agree after
// case folding and dropping every character that is not a letter or a digit.
/** `Med-PaLM 2`, `MedPaLM-2` and `medpalm 2` all become `medpalm2`. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The normalised forms of a name and its aliases (empty forms dropped). */
export function surfaceKeys(name: string, aliases: readonly string[] = []): Set<string> {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    const key = normaliseName(form);
    if (key) keys.add(key);
  }
  return keys;
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const key of a) if (b.has(key)) return true;
  return false;
}
