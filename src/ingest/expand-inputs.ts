// Command-line inputs → files: a directory stands for the files in it (sorted, hidden files and
// sub-directories skipped), so `medkg extract ../shared/corpus` reads every page dump; `-` and files pass.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function expandInputs(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = input === '-' ? null : await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      out.push(input);
      continue;
    }
    const names = (await readdir(input)).filter((name) => !name.startsWith('.')).sort();
    const files: string[] = [];
    for (const name of names) {
      const file = path.join(input, name);
      if ((await stat(file)).isFile()) files.push(file);
    }
    out.push(...(files.length ? files : [input])); // an empty directory is rejected by ingest, by name
  }
  return out;
}
