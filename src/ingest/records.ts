// Shared step of the JSON readers: parsed JSON value → Paper, or a reject naming file:line and why.
import { PaperInput } from '../schema/index.ts';
import { ingestReject, type IngestEvent } from './events.ts';
import { paperFromInput } from './normalise.ts';

export function eventFromValue(value: unknown, file: string, line: number): IngestEvent {
  const parsed = PaperInput.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'record';
    return ingestReject(file, line, `not a paper record: ${where}: ${issue.message}`);
  }
  const paper = paperFromInput(parsed.data, { file, line });
  return 'reason' in paper ? ingestReject(file, line, paper.reason) : { kind: 'paper', paper };
}

export function eventFromJsonText(text: string, file: string, line: number): IngestEvent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return ingestReject(file, line, `malformed JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  return eventFromValue(value, file, line);
}
