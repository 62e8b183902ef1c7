// Date normalisation to the Paper date forms (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD). A year that the
// source does not give stays unknown (--MM-DD); nothing is guessed.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Month number (1-12) from an English name or abbreviation, or a numeric string; null if unknown. */
export function monthNumber(name: string): number | null {
  if (/^\d{1,2}$/.test(name)) {
    const n = Number(name);
    return n >= 1 && n <= 12 ? n : null;
  }
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? null : index + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO form from parts; year null gives `--MM-DD`. Null when the parts are not a real date. */
export function isoDate(year: number | null, month: number | null, day: number | null): string | null {
  if (year !== null && (year < 1000 || year > 9999)) return null;
  if (month === null) return year === null ? null : String(year);
  if (month < 1 || month > 12) return null;
  if (day === null) return year === null ? null : `${year}-${pad(month)}`;
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  return year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** `Dec 28, 2023` → `2023-12-28`; `Apr 1` → `--04-01`. Null if the text is not such a date. */
export function parseMonthDay(text: string): string | null {
  const match = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:, (\d{4}))?$/.exec(text.trim());
  if (!match) return null;
  const month = monthNumber(match[1]!);
  if (month === null) return null;
  return isoDate(match[3] ? Number(match[3]) : null, month, Number(match[2]));
}

/** Best-effort ISO form of a date string from user JSON; null when it cannot be read. */
export function parseLooseDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/.exec(trimmed);
  if (iso) return isoDate(Number(iso[1]), iso[2] ? Number(iso[2]) : null, iso[3] ? Number(iso[3]) : null);
  if (/^--\d{2}-\d{2}$/.test(trimmed)) return isoDate(null, Number(trimmed.slice(2, 4)), Number(trimmed.slice(5, 7)));
  const dayFirst = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/.exec(trimmed);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  return parseMonthDay(trimmed);
}
