// Builds the view (viz/ → viz/dist) with Vite when `medkg serve` finds no build, so a fresh checkout
// serves a page; when Vite is not installed it says the one command to run instead.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.ts';

export const VIZ_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../viz');

export function isViewBuilt(distDir: string): boolean {
  return existsSync(path.join(distDir, 'index.html'));
}

export async function buildView(): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    throw new UsageError('the view is not built and Vite is not installed: run `npm ci && npm run build:viz`');
  }
  await vite.build({ configFile: path.join(VIZ_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
