// Name keys: the one normalisation used to look names up in the lexicon and to give discovered
// names a corpus-wide key, so `Med-PaLM 2`, `MedPaLM-2` and `medpalm 2` meet on `medpalm2`.

const SUPERSCRIPTS: Record<string, string> = { '²': '2', '³': '3', '¹': '1', '⁴': '4' };

/** Case-folded letters, digits and `+` (UNet++ is not U-Net); everything else dropped. */
export function nameKey(surface: string): string {
  let out = '';
  for (const ch of surface.toLowerCase()) {
    const code = ch.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || ch === '+') out += ch;
    else if (SUPERSCRIPTS[ch]) out += SUPERSCRIPTS[ch];
  }
  return out;
}

/** Letters, digits and `+` with case kept: how strict (short, ambiguous) aliases are compared. */
export function caseForm(surface: string): string {
  return surface.replace(/[^A-Za-z0-9+]/g, '');
}

/** The corpus-wide key of a name the lexicon does not know. */
export function discoveredKey(surface: string): string {
  return `n:${nameKey(surface)}`;
}
