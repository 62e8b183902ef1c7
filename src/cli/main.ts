// The `medkg` command line: builds the commander program from one module per command, and maps
// every medkg error to one line on stderr and an exit code.
import { Command } from 'commander';
import { MedkgError } from '../errors.ts';
import { commandsFor } from './commands/index.ts';

// `medkg … | head`: the reader went away; stop quietly instead of reporting EPIPE
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('medkg')
  .description('Knowledge graphs of the medical-AI literature: extract, load into Neo4j, ask, explore.')
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (str, write) => write(str) });

for (const register of await commandsFor(process.argv.slice(2))) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof MedkgError) {
    process.stderr.write(`medkg: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`medkg: unexpected error: ${message.split('\n')[0]}\n`);
    if (process.env.MEDKG_DEBUG) process.stderr.write(`${(error as Error)?.stack ?? ''}\n`);
    process.exitCode = 1;
  }
}
