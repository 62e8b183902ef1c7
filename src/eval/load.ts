// Reading the two inputs of `medkg eval`: gold JSON Lines (files or directories of *.jsonl) and the
// Extraction JSON Lines written by `medkg extract` (or papers in any ingest format, extracted first).
// Gold must be clean (a bad line stops the run with file:line); a bad prediction line is rejected,
// counted, and its paper scored as missing.
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { InputError } from '../errors.ts';
import { extractPaper } from '../extract/index.ts';
import { expandInputs, ingest } from '../ingest/index.ts';
import { Extraction, GoldRecord, type Reject } from '../schema/index.ts';

/** Every non-blank line of a file with its 1-based line number. */
async function* lines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const input = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let line = 0;
  for await (const text of input) {
    line++;
    if (text.trim()) yield { line, text };
  }
}

/** Parse one JSON line against a schema, or say in one line why it does not fit. */
function parseLine<S extends z.ZodType>(schema: S, text: string): { ok: true; value: z.infer<S> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message.split('\n')[0]})` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, reason: `${issue.path.join('.') || 'record'}: ${issue.message}` };
}

async function statOrFail(file: string) {
  try {
    return await stat(file);
  } catch {
    throw new InputError(file, null, 'no such file or directory');
  }
}

/** Gold files: each argument is a .jsonl file or a directory whose *.jsonl files are read in name order. */
export async function expandGoldPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    if ((await statOrFail(given)).isDirectory()) {
      const names = (await readdir(given)).filter((n) => n.endsWith('.jsonl')).sort();
      if (names.length === 0) throw new InputError(given, null, 'directory holds no .jsonl gold files');
      files.push(...names.map((n) => path.join(given, n)));
    } else files.push(given);
  }
  return files;
}

/** Read every gold record; a malformed line, a dangling relation name or a repeated id is an InputError. */
export async function loadGold(paths: readonly string[]): Promise<GoldRecord[]> {
  const records: GoldRecord[] = [];
  const seen = new Map<string, string>();
  for (const file of await expandGoldPaths(paths)) {
    for await (const { line, text } of lines(file)) {
      const parsed = parseLine(GoldRecord, text);
      if (!parsed.ok) throw new InputError(file, line, `malformed gold line: ${parsed.reason}`);
      const record = parsed.value;
      const where = `${file}:${line}`;
      if (seen.has(record.id)) throw new InputError(file, line, `gold id ${record.id} already given at ${seen.get(record.id)}`);
      seen.set(record.id, where);
      const names = new Set(record.entities.flatMap((e) => [e.name, ...e.aliases]));
      for (const r of record.relations) {
        const ends = r.type === 'EVALUATED_ON' ? [r.source, r.target] : [r.target];
        const dangling = ends.find((n) => !names.has(n));
        if (dangling !== undefined) {
          throw new InputError(file, line, `gold ${r.type} names "${dangling}", which is not an entity of ${record.id}`);
        }
      }
      records.push(record);
    }
  }
  return records;
}

/** Whether the file holds `medkg extract` output (its first record has entities and relations). */
async function holdsExtractions(file: string): Promise<boolean> {
  for await (const { text } of lines(file)) {
    try {
      const first = JSON.parse(text) as unknown;
      return typeof first === 'object' && first !== null && 'entities' in first && 'relations' in first;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * The predictions to score: `medkg extract` output as it is (lines that do not fit the schema are
 * rejected with their reason), or papers in any format `medkg extract` reads, extracted here.
 */
export async function loadPredictions(file: string): Promise<{ byId: Map<string, Extraction>; rejects: Reject[]; extracted: boolean }> {
  if ((await statOrFail(file)).isDirectory() || !(await holdsExtractions(file))) return extractPapers(file);
  const byId = new Map<string, Extraction>();
  const rejects: Reject[] = [];
  for await (const { line, text } of lines(file)) {
    const parsed = parseLine(Extraction, text);
    if (parsed.ok) byId.set(parsed.value.id, parsed.value);
    else rejects.push({ file, line, reason: parsed.reason, stage: 'extract' });
  }
  return { byId, rejects, extracted: false };
}

async function extractPapers(input: string): Promise<{ byId: Map<string, Extraction>; rejects: Reject[]; extracted: boolean }> {
  const byId = new Map<string, Extraction>();
  const rejects: Reject[] = [];
  for await (const event of ingest(await expandInputs([input]))) {
    if (event.kind === 'paper') byId.set(event.paper.id, extractPaper(event.paper));
    else if (event.kind === 'reject') rejects.push(event.reject);
  }
  return { byId, rejects, extracted: true };
}
