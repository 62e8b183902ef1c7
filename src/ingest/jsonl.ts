// Reader for JSON Lines: one PaperInput object per line; blank lines are skipped, a bad line is
// rejected with its line number and the rest of the file is still read.
import type { IngestEvent } from './events.ts';
import { ingestReject } from './events.ts';
import { readLines } from './lines.ts';
import { eventFromJsonText } from './records.ts';
import type { Source } from './source.ts';

export async function* readJsonLines(source: Source): AsyncGenerator<IngestEvent> {
  for await (const line of readLines(source.chunks)) {
    if (line.error !== undefined) yield ingestReject(source.name, line.number, line.error);
    else if (line.text.trim() !== '') yield eventFromJsonText(line.text.replace(/^\uFEFF/, ''), source.name, line.number);
  }
}
