// Splits a byte stream into numbered lines, holding at most one capped line in memory: a line longer
// than the cap is skipped (its bytes are counted, not kept) and reported, and a line that is not valid
// UTF-8 is reported instead of being decoded into replacement characters.

/** Longest line kept, in bytes; longer lines are rejected. An abstract is a few kB. */
export const MAX_LINE_BYTES = 1024 * 1024;

export type LineEvent = { number: number; text: string; error?: undefined } | { number: number; error: string };

export async function* readLines(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<LineEvent> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let total = 0;
  let number = 1;

  const finish = (): LineEvent => {
    const lineNumber = number++;
    const length = total;
    const pieces = parts;
    parts = [];
    total = 0;
    if (length > maxBytes) return { number: lineNumber, error: `line is ${length} bytes, longer than the ${maxBytes}-byte limit` };
    let bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return { number: lineNumber, text: decoder.decode(bytes) };
    } catch {
      return { number: lineNumber, error: 'invalid UTF-8' };
    }
  };

  const take = (segment: Buffer): void => {
    total += segment.length;
    if (total > maxBytes) {
      parts = [];
        return;
    }
    if (segment.length > 0) parts.push(segment);
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      take(chunk.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
    if (start < chunk.length) take(chunk.subarray(start));
  }
  if (total > 0) yield finish();
}
