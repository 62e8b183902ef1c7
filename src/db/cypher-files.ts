// Loads Cypher statements from cypher/<name>.cypher (the only place Cypher text lives), cached per name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MedkgError } from '../errors.ts';
import { REPO_ROOT } from './local-paths.ts';

const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');
const cache = new Map<string, string>();

/** The statement in cypher/<name>.cypher, e.g. loadCypher('db/count-nodes'); read once, then cached. */
export function loadCypher(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  const file = path.join(CYPHER_DIR, `${name}.cypher`);
  if (!file.startsWith(CYPHER_DIR + path.sep)) throw new MedkgError(`invalid Cypher file name: ${name}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    throw new MedkgError(`missing Cypher file cypher/${name}.cypher`);
  }
  if (text === '') throw new MedkgError(`empty Cypher file cypher/${name}.cypher`);
  cache.set(name, text);
  return text;
}

/** Absolute path of cypher/<name>.cypher (for processes that read the file themselves, like the launcher). */
export function cypherFilePath(name: string): string {
  return path.join(CYPHER_DIR, `${name}.cypher`);
}
