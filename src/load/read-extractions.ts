// Streams Extraction records out of JSON Lines files; a line that is not valid JSON or not a valid
// Extraction becomes a Reject naming file:line, and the stream goes on with the next line.
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import readline from 'node:readline';
import { InputError } from '../errors.ts';
import { Extraction, type Reject } from '../schema/index.ts';

export type ExtractionItem = { record: Extraction } | { reject: Reject };

/** Why a line is not an Extraction, in one short phrase. */
export function lineProblem(line: string): { record: Extraction } | { reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    return { reason: `not JSON (${(error as Error).message.split('\n')[0]})` };
  }
  const parsed = Extraction.safeParse(json);
  if (parsed.success) return { record: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return { reason: `not an extraction record (${where}${issue.message})` };
}

export async function* readExtractions(files: string[]): AsyncGenerator<ExtractionItem> {
  for (const file of files) {
    try {
      await access(file);
    } catch {
      throw new InputError(file, null, 'cannot read file');
    }
    const lines = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    let lineNo = 0;
    for await (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      const outcome = lineProblem(line);
      if ('record' in outcome) yield { record: outcome.record };
      else yield { reject: { file, line: lineNo, reason: outcome.reason, stage: 'load' } };
    }
  }
}

/** Number of non-empty lines in the files (the progress bar's total); cheap next to loading them. */
export async function countLines(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    const lines = readline.createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') total += 1;
  }
  return total;
}
