// Opens one input (a file path or `-` for stdin) as a stream of byte chunks, and keeps its first bytes
// aside so the format can be sniffed without reading the whole input.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.ts';

/** How many leading bytes are kept for format sniffing. */
export const HEAD_BYTES = 64 * 1024;

export interface Source {
  /** the name used in messages: the path as given, or `<stdin>` */
  name: string;
  /** first bytes of the input (up to HEAD_BYTES, fewer if the input is shorter) */
  head: Buffer;
  /** every byte of the input, head included; can be iterated once */
  chunks: AsyncIterable<Buffer>;
}

/** Open `input` (`-` means stdin). Throws InputError for a missing file, a directory or a read error. */
export async function openSource(input: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Source> {
  if (input === '-') return peek('<stdin>', stdin);
  try {
    const info = await stat(input);
    if (info.isDirectory()) throw new InputError(input, null, 'is a directory, not a file');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(input, null, describeFsError(error));
  }
  return peek(input, createReadStream(input, { highWaterMark: HEAD_BYTES }));
}

async function peek(name: string, stream: NodeJS.ReadableStream): Promise<Source> {
  const iterator = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  try {
    while (size < HEAD_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const chunk = toBuffer(next.value);
      first.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    throw new InputError(name, null, describeFsError(error));
  }
  const headAll = Buffer.concat(first);
  async function* chunks(): AsyncGenerator<Buffer> {
    if (headAll.length > 0) yield headAll;
    if (done) return;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield toBuffer(next.value);
    } catch (error) {
      throw new InputError(name, null, describeFsError(error));
    }
  }
  return { name, head: headAll.subarray(0, HEAD_BYTES), chunks: chunks() };
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}
