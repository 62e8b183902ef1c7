// `medkg load <extract.jsonl…>`: loads extraction records into Neo4j (schema first), batched and
// idempotent, with progress and a created-versus-matched summary; bad lines are rejected with file:line.
import type { Command } from 'commander';
import { connect } from '../../db/index.ts';
import { applySchema, clearGraph, countLines, createProgress, formatSummary, loadRecords, readExtractions, type LoadItem } from '../../load/index.ts';
import type { LoadSummary, Reject } from '../../schema/index.ts';
import { resolveSettings } from '../../settings.ts';

export interface LoadFlags {
  batchSize?: string;
  fresh?: boolean;
  json?: boolean;
  quiet?: boolean;
}

export function printReject(reject: Reject): void {
  process.stderr.write(`medkg: ${reject.file}:${reject.line}: rejected (${reject.stage}): ${reject.reason}\n`);
}

/** Connects, applies the schema, loads the items and prints the summary; exit code 1 when records were rejected. */
export async function loadCommand(items: AsyncIterable<LoadItem>, total: number | null, flags: LoadFlags, label: string): Promise<LoadSummary> {
  const settings = resolveSettings({ batchSize: flags.batchSize === undefined ? undefined : Number(flags.batchSize) });
  const conn = await connect(settings);
  try {
    await applySchema(conn);
    if (flags.fresh) await clearGraph(conn);
    const progress = createProgress({ total, label, quiet: flags.quiet || flags.json });
    const summary = await loadRecords(conn, items, { batchSize: settings.batchSize, progress, onReject: printReject });
    process.stdout.write(flags.json ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
    if (summary.rejected > 0) {
      process.stderr.write(`medkg: ${summary.rejected} record(s) rejected; the others were loaded\n`);
      process.exitCode = 1;
    }
    return summary;
  } finally {
    await conn.close();
  }
}

export function register(program: Command): void {
  program
    .command('load')
    .description('Load `medkg extract` JSON Lines into Neo4j (idempotent: loading twice changes nothing).')
    .argument('<files...>', 'extraction JSON Lines files')
    .option('--batch-size <n>', 'papers per write transaction (default 2000)')
    .option('--fresh', 'delete the whole graph before loading')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress output')
    .action(async (files: string[], flags: LoadFlags) => {
      const total = await countLines(files).catch(() => null);
      await loadCommand(readExtractions(files), total, flags, 'load');
    });
}
