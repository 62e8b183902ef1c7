// Public face of the ingest stage: inputs (paths, or `-` for stdin) in, a stream of papers out — one
// per paper id, duplicates merged — plus rejects with file:line and reason. Each input's format is
// sniffed from its content and extension unless forced; a file that cannot be read at all becomes one
// reject and the other inputs are still read.
import { InputError } from '../errors.ts';
import { assertTextInput, detectFormat, type Format } from './detect.ts';
import { PaperDeduper } from './dedupe.ts';
import { ingestReject, type IngestEvent } from './events.ts';
import { readHfPages } from './hf-pages.ts';
import { readJsonArray } from './json-array.ts';
import { readJsonLines } from './jsonl.ts';
import { readPubmed } from './pubmed.ts';
import { openSource, type Source } from './source.ts';

export { FORMATS, type Format } from './detect.ts';
export { expandInputs } from './expand-inputs.ts';
export type { IngestEvent } from './events.ts';
export { paperIdFromTitle, normaliseTitle } from './paper-id.ts';

export interface IngestOptions {
  /** force a format for every input instead of sniffing */
  format?: Format;
  /** what `-` reads (tests pass their own stream) */
  stdin?: NodeJS.ReadableStream;
}

const READERS: Record<Format, (source: Source) => AsyncGenerator<IngestEvent>> = {
  hf: readHfPages,
  jsonl: readJsonLines,
  json: readJsonArray,
  pubmed: readPubmed,
};

/** Every record of every input, unique by paper id (Daily Papers pages are merged and come last). */
export async function* ingest(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestEvent> {
  const deduper = new PaperDeduper();
  for (const input of inputs) {
    for await (const { event, format } of readInput(input, options)) {
      if (event.kind !== 'paper') {
        yield event;
        continue;
      }
      const offered = deduper.offer(event.paper, format === 'hf');
      if (offered === 'duplicate') yield { kind: 'duplicate', id: event.paper.id, file: event.paper.source?.file ?? input, line: event.paper.source?.line ?? 0 };
      else if (offered !== 'held') yield { kind: 'paper', paper: offered };
    }
  }
  for (const paper of deduper.flush()) yield { kind: 'paper', paper };
}

/** One input's records, each with the format it was read as; an unreadable file yields a single reject. */
export async function* readInput(input: string, options: IngestOptions = {}): AsyncGenerator<{ event: IngestEvent; format: Format | null }> {
  let format: Format | null = null;
  try {
    const source = await openSource(input, options.stdin);
    if (options.format) assertTextInput(source.name, source.head);
    format = options.format ?? detectFormat(source.name, source.head);
    for await (const event of READERS[format](source)) yield { event, format };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { event: ingestReject(error.file, error.line ?? 0, reasonOf(error)), format };
  }
}

function reasonOf(error: InputError): string {
  const prefix = `${error.file}${error.line ? `:${error.line}` : ''}: `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
