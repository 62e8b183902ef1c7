// `medkg cypher "<query>" [--param k=v …]`: read-only Cypher, printed as a table (writes are refused).
import type { Command } from 'commander';
import { connect } from '../../db/index.ts';
import { formatTable, parseParam, runReadOnly } from '../../query/index.ts';
import { resolveSettings } from '../../settings.ts';

export function register(program: Command): void {
  program
    .command('cypher')
    .description('Run a read-only Cypher query (READ access mode; writes are refused) and print a table.')
    .argument('<query>', 'the Cypher query; pass values with --param, never inside the query text')
    .option('--param <name=value...>', 'query parameter (value parsed as JSON when it can be)', [])
    .option('--json', 'print the rows as JSON')
    .action(async (query: string, flags: { param: string[]; json?: boolean }) => {
      const params = Object.fromEntries(flags.param.map(parseParam));
      const conn = await connect(resolveSettings());
      try {
        const result = await runReadOnly(conn, query, params);
        if (flags.json) process.stdout.write(`${JSON.stringify(result.rows, null, 2)}\n`);
        else process.stdout.write(`${result.rows.length ? formatTable(result.columns, result.rows) : '(no rows)'}\n`);
      } finally {
        await conn.close();
      }
    });
}
