// `medkg ask "<question>"`: a plain-English question answered from the graph as a table (or JSON).
import type { Command } from 'commander';
import { connect } from '../../db/index.ts';
import { ask, formatTable } from '../../query/index.ts';
import { resolveSettings } from '../../settings.ts';

export function register(program: Command): void {
  program
    .command('ask')
    .description('Answer a question such as "which models used MedQA?" from the graph (no LLM: question templates).')
    .argument('<question...>', 'the question (quote it)')
    .option('--json', 'print the answer as JSON')
    .action(async (words: string[], flags: { json?: boolean }) => {
      const conn = await connect(resolveSettings());
      try {
        const answer = await ask(conn, words.join(' '));
        if (flags.json) {
          process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
          return;
        }
        process.stdout.write(`${answer.title}\n\n`);
        process.stdout.write(answer.rows.length ? `${formatTable(answer.columns, answer.rows)}\n` : '(no rows)\n');
        process.stdout.write(`\n${answer.rows.length} row(s)\n`);
      } finally {
        await conn.close();
      }
    });
}
