// CSV encoding for neo4j-admin import: RFC 4180 quoting (quotes doubled), arrays joined with a
// delimiter that never occurs in text (U+001F), empty field for null (no property).
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_FLAG = 'U+001F';

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return csvField(value.map((v) => String(v).replaceAll(ARRAY_DELIMITER, ' ')).join(ARRAY_DELIMITER));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `"${String(value).replaceAll('"', '""')}"`;
}

export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** Splits one CSV line written by csvLine back into raw field strings (for tests and checks). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i += 1;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i += 1;
          break;
        } else value += line[i++];
      }
      fields.push(value);
      i += 1; // the comma
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return fields;
}
