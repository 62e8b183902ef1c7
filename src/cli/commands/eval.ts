// `medkg eval`: score an extraction file against hand-annotated gold (P/R/F1 per entity type,
// EVALUATED_ON pairs, INTRODUCES, value and metric agreement).
import type { Command } from 'commander';
import { evaluate, formatReport, loadGold, loadPredictions } from '../../eval/index.ts';

interface EvalFlags {
  gold: string[];
  input: string;
  json?: boolean;
  errors?: boolean;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('Score `medkg extract` output against gold annotations (precision, recall, F1).')
    .requiredOption('--gold <paths...>', 'gold JSON Lines file(s) or directories of *.jsonl (repeatable)')
    .requiredOption('--input <path>', 'extraction JSON Lines written by `medkg extract`, or the papers themselves (any format `medkg extract` reads), which are then extracted')
    .option('--json', 'print the numbers as JSON')
    .option('--errors', 'list false positives and false negatives per paper')
    .action(async (flags: EvalFlags) => {
      const gold = await loadGold(flags.gold);
      const { byId, rejects } = await loadPredictions(flags.input);
      for (const r of rejects) process.stderr.write(`medkg: ${r.file}:${r.line}: rejected: ${r.reason}\n`);
      const report = evaluate(gold, byId, { errors: flags.errors, rejectedInputLines: rejects.length });
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
    });
}
