// `medkg extract`: ingest papers from files or stdin, extract entities and relations on worker threads,
// write one Extraction per line (JSON Lines) to --out or stdout, rejects to --rejects, and a summary to
// stderr. Exit code 1 when any record was rejected (good records are still written).
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.ts';
import { extractAll } from '../../extract/pool.ts';
import { expandInputs, FORMATS, ingest, type Format, type IngestEvent } from '../../ingest/index.ts';
import type { Paper, Reject } from '../../schema/index.ts';
import { resolveSettings } from '../../settings.ts';

/** Rejects printed on stderr before the rest are only counted (all go to --rejects). */
const MAX_REJECTS_SHOWN = 20;

interface ExtractOptions {
  out?: string;
  rejects?: string;
  format?: string;
  workers?: string;
  warmStart?: string;
}

export function register(program: Command): void {
  program
    .command('extract')
    .description('read papers and write their entities and relations as JSON Lines (one paper per line)')
    .argument('<inputs...>', 'Daily Papers .txt pages, JSON Lines, a JSON array or PubMed XML; a directory means its files; - reads stdin')
    .option('-o, --out <file>', 'write the extractions to this file instead of stdout')
    .option('--rejects <file>', 'write every rejected record as JSON Lines {file, line, reason, stage}')
    .option('-f, --format <format>', `read every input as this format: ${FORMATS.join('|')} (default: detect from content and extension)`)
    .option('-w, --workers <n>', 'worker threads (default: all cores); 1 runs single-threaded in-process')
    .option('--warm-start <ms>', 'extract in-process this long before starting worker threads, then share the work with them (default 1000; 0 = every batch on worker threads)')
    .addHelpText(
      'after',
      `
Each output line is one paper: its id, title, abstract, date, authors, url, upvotes, doi, truncated,
source {file, line}, plus entities [{type, name, key, roles, aliases, mentions}] and relations
[{type, source, target, metric, value, evidence}]. A paper listed on several pages is written once.
A summary goes to stderr; the exit code is 1 when any record was rejected, 2 on bad flags.

Example:
  $ medkg extract ../shared/corpus/*.txt --out papers.jsonl --rejects rejects.jsonl
  $ cat more.jsonl | medkg extract - --format jsonl --workers 1 > more.extracted.jsonl`,
    )
    .action(async (inputs: string[], options: ExtractOptions) => {
      process.exitCode = await runExtract(inputs, options);
    });
}

async function runExtract(inputs: string[], options: ExtractOptions): Promise<number> {
  const format = parseFormat(options.format);
  const workers = resolveSettings({ workers: parseCount('--workers', 'a whole number of threads', options.workers) }).workers;
  const warmStartMs = parseCount('--warm-start', 'a whole number of milliseconds', options.warmStart);
  const poolStats = { onWorkers: 0 };
  const out = options.out ? await openFile(options.out) : null;
  const rejectsOut = options.rejects ? await openFile(options.rejects) : null;
  const counts = { records: 0, duplicates: 0, rejected: 0, extracted: 0, entities: 0, relations: 0 };
  const started = performance.now();

  const onReject = async (reject: Reject): Promise<void> => {
    counts.rejected++;
    if (counts.rejected <= MAX_REJECTS_SHOWN) process.stderr.write(`medkg: ${reject.file}${reject.line ? `:${reject.line}` : ''}: ${reject.reason}\n`);
    if (rejectsOut) await write(rejectsOut, `${JSON.stringify(reject)}\n`);
  };

  async function* papers(): AsyncGenerator<Paper> {
    for await (const event of ingest(await expandInputs(inputs), { format })) {
      await countEvent(event);
      if (event.kind === 'paper') yield event.paper;
    }
  }
  const countEvent = async (event: IngestEvent): Promise<void> => {
    if (event.kind === 'reject') await onReject(event.reject);
    else if (event.kind === 'duplicate') counts.records++, counts.duplicates++;
    else counts.records++;
  };

  // a reader that stops early (`medkg extract … | head`) closes stdout: stop quietly, like Unix tools
  let outputClosed = false;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') throw error;
    outputClosed = true;
  };
  if (!out) process.stdout.on('error', onStdoutError);

  try {
    for await (const outcome of extractAll(papers(), { workers, warmStartMs, stats: poolStats })) {
      if (outputClosed) break;
      if (outcome.kind === 'reject') {
        await onReject(outcome.reject);
        continue;
      }
      const { extraction } = outcome;
      counts.extracted++;
      counts.entities += extraction.entities.length;
      counts.relations += extraction.relations.length;
      await write(out ?? process.stdout, `${JSON.stringify(extraction)}\n`);
    }
  } finally {
    process.stdout.off('error', onStdoutError);
    await Promise.all([out, rejectsOut].map((stream) => (stream ? close(stream) : undefined)));
  }

  const seconds = (performance.now() - started) / 1000;
  if (counts.rejected > MAX_REJECTS_SHOWN) process.stderr.write(`medkg: ... and ${counts.rejected - MAX_REJECTS_SHOWN} more rejects${options.rejects ? ` (all in ${options.rejects})` : ' (use --rejects FILE to keep them all)'}\n`);
  process.stderr.write(
    `medkg extract: ${counts.records} papers read, ${counts.duplicates} duplicates merged, ${counts.extracted} papers extracted, ` +
      `${counts.rejected} rejected; ${counts.entities} entities, ${counts.relations} relations; ` +
      `${seconds.toFixed(2)} s, ${Math.round(counts.extracted / Math.max(seconds, 1e-9))} papers/s with ${workers} worker${workers === 1 ? '' : 's'}` +
      `${workers > 1 ? ` (${poolStats.onWorkers} papers on worker threads)` : ''}\n`,
  );
  return counts.rejected > 0 ? 1 : 0;
}

function parseFormat(value: string | undefined): Format | undefined {
  if (value === undefined) return undefined;
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
}

function parseCount(flag: string, what: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} must be ${what} (got "${value}")`);
  return Number(value);
}

async function openFile(file: string): Promise<WriteStream> {
  const stream = createWriteStream(file);
  try {
    await once(stream, 'open');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new InputError(file, null, `cannot write: ${why}`);
  }
  return stream;
}

/** Write with backpressure: wait for 'drain' (or 'close', when the reader went away) if the buffer is full. */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}
