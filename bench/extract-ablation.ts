// Lexicon ablation: how would the extractor do on papers whose names it has never seen? Extracts the
// corpus with the bundled lexicon minus every entry that occurs in exactly one corpus paper (so those
// names must be found by the discovery rules), scores the result against the dev gold with the eval
// module and prints the usual table. `--full` scores the bundled lexicon instead (the plain dev score).
//
//   npm run eval:ablation                 # ablated dev score
//   npm run eval:ablation -- --errors     # … with FP/FN per paper
//   npm run eval:dev                      # the normal dev score (full lexicon)
//   npm run eval:ablation -- --out /tmp/ablated.jsonl   # … and keep the ablated extractions
//   npm run eval:ablation -- --papers tests/fixtures/heldout/papers.jsonl --gold tests/fixtures/heldout/gold.jsonl
import path from 'node:path';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, expandGoldPaths, formatReport, loadGold } from '../src/eval/index.ts';
import { defaultLexicon, extractPaper } from '../src/extract/index.ts';
import { buildLexicon, type Lexicon } from '../src/extract/lexicon.ts';
import { matchLexicon } from '../src/extract/match-lexicon.ts';
import { tokenize } from '../src/extract/text.ts';
import { ingest } from '../src/ingest/index.ts';
import type { Extraction, Paper } from '../src/schema/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};

function inputFiles(input: string): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input).filter((n) => n.endsWith('.txt')).sort().map((n) => path.join(input, n));
}

async function readPapers(input: string): Promise<Paper[]> {
  const papers: Paper[] = [];
  for await (const event of ingest(inputFiles(input))) if (event.kind === 'paper') papers.push(event.paper);
  return papers;
}

/** The lexicon without the entries whose names occur in exactly one of `papers`. */
export function ablatedLexicon(full: Lexicon, papers: Paper[]): { lexicon: Lexicon; removed: number } {
  const papersPerEntry = new Map<string, number>();
  for (const paper of papers) {
    const text = `${paper.title}\n${paper.abstract}`;
    const keys = new Set(matchLexicon(text, tokenize(text), full, []).map((m) => m.entry.key));
    for (const key of keys) papersPerEntry.set(key, (papersPerEntry.get(key) ?? 0) + 1);
  }
  const kept = full.entries.filter((e) => papersPerEntry.get(e.key) !== 1);
  const lexicon = buildLexicon([{ file: 'ablated', data: { version: `${full.version}-ablated`, entries: kept } }]);
  return { lexicon, removed: full.entries.length - kept.length };
}

async function main(): Promise<void> {
  const corpus = path.resolve(repoRoot, flag('--corpus') ?? '../shared/corpus');
  const papersInput = path.resolve(repoRoot, flag('--papers') ?? corpus);
  const goldInput = path.resolve(repoRoot, flag('--gold') ?? 'tests/fixtures/gold');
  const full = defaultLexicon();
  let lexicon = full;
  const papers = await readPapers(papersInput);
  if (!args.includes('--full')) {
    const ablated = ablatedLexicon(full, papersInput === corpus ? papers : await readPapers(corpus));
    lexicon = ablated.lexicon;
    console.log(`lexicon ${full.version}: ${full.entries.length} entries, ${ablated.removed} single-paper entries removed`);
  } else console.log(`lexicon ${full.version}: ${full.entries.length} entries (full)`);
  const started = process.cpuUsage();
  const predictions = new Map<string, Extraction>();
  for (const paper of papers) predictions.set(paper.id, extractPaper(paper, { lexicon }));
  const cpu = process.cpuUsage(started);
  const seconds = (cpu.user + cpu.system) / 1e6;
  console.log(`extracted ${papers.length} papers in ${seconds.toFixed(2)} s CPU (${(papers.length / seconds).toFixed(0)} abstracts/s)\n`);
  const out = flag('--out');
  if (out) writeFileSync(out, [...predictions.values()].map((p) => JSON.stringify(p) + '\n').join(''));
  const gold = await loadGold(await expandGoldPaths([goldInput]));
  console.log(formatReport(evaluate(gold, predictions, { errors: args.includes('--errors') })));
}

await main();
