// Registry of CLI commands: each command lives in its own module and exports `register(program)`.
import type { Command } from 'commander';
import { register as evalCommand } from './eval.ts';
import { register as dbCommand } from './db.ts';
import { register as serveCommand } from './serve.ts';
import { register as extractCommand } from './extract.ts';
import { register as loadCommand } from './load.ts';
import { register as buildCommand } from './build.ts';
import { register as askCommand } from './ask.ts';
import { register as cypherCommand } from './cypher.ts';
import { register as exportCommand } from './export.ts';

export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [evalCommand, dbCommand, serveCommand, extractCommand, loadCommand, buildCommand, askCommand, cypherCommand, exportCommand];
