// Registry of CLI commands: each command lives in its own module and exports `register(program)`.
import type { Command } from 'commander';
import { register as evalCommand } from './eval.ts';
import { register as serveCommand } from './serve.ts';
import { register as extractCommand } from './extract.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [evalCommand, serveCommand, extractCommand];
