// Registry of CLI commands: each command lives in its own module and exports `register(program)`.
// Modules load lazily: `medkg ask …` imports only ask.ts (and what it needs), so a command starts fast.
import type { Command } from 'commander';

export type RegisterCommand = (program: Command) => void;
type CommandModule = { register: RegisterCommand };

export const commandLoaders: Record<string, () => Promise<CommandModule>> = {
  extract: () => import('./extract.ts'),
  eval: () => import('./eval.ts'),
  db: () => import('./db.ts'),
  build: () => import('./build.ts'),
  load: () => import('./load.ts'),
  ask: () => import('./ask.ts'),
  cypher: () => import('./cypher.ts'),
  export: () => import('./export.ts'),
  serve: () => import('./serve.ts'),
};

/** The register functions needed for these arguments: the named command's, or all (for help and typos). */
export async function commandsFor(args: readonly string[]): Promise<RegisterCommand[]> {
  const name = args.find((arg) => !arg.startsWith('-'));
  const names = name && name in commandLoaders ? [name] : Object.keys(commandLoaders);
  const modules = await Promise.all(names.map((n) => commandLoaders[n]!()));
  return modules.map((m) => m.register);
}
