// `medkg build <inputs…>`: ingest → extract → load in one streaming pass (the main job).
import type { Command } from 'commander';
import { buildItems } from '../../load/build-items.ts';
import { resolveSettings } from '../../settings.ts';
import { loadCommand, type LoadFlags } from './load.ts';

interface BuildFlags extends LoadFlags {
  workers?: string;
}

export function register(program: Command): void {
  program
    .command('build')
    .description('Ingest papers, extract entities and relations, and load them into Neo4j in one pass.')
    .argument('<inputs...>', 'paper files or directories (Daily Papers pages, JSON Lines, JSON, PubMed XML; - for stdin)')
    .option('--workers <n>', 'extraction worker threads (default: CPU count)')
    .option('--batch-size <n>', 'papers per write transaction (default 2000)')
    .option('--fresh', 'delete the whole graph before loading')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress output')
    .action(async (inputs: string[], flags: BuildFlags) => {
      const settings = resolveSettings({ workers: flags.workers === undefined ? undefined : Number(flags.workers) });
      await loadCommand(buildItems(inputs, { workers: settings.workers }), null, flags, 'build');
    });
}
