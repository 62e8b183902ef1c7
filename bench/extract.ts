// Extraction benchmark: reads the real corpus (the same data the tests use), repeats it to at least
// 20,000 abstracts and prints medkg's rate single-threaded (in-process) and on all worker threads,
// next to a plain compromise baseline (`nlp(text).nouns().out('array')`) on a sample of the same
// abstracts, with peak RSS. `--memory` streams 100,000 abstracts through the pool and prints peak RSS.
//
//   npm run bench:extract                      # rates
//   npm run bench:extract -- --memory          # memory check (target: peak RSS < 500 MB)
//   npm run bench:extract -- --abstracts 5000  # a quicker run
import os from 'node:os';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractAll } from '../src/extract/pool.ts';
import { ingest } from '../src/ingest/index.ts';
import type { Paper } from '../src/schema/index.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const memoryMode = args.includes('--memory');
const target = Number(flag('--abstracts') ?? (memoryMode ? 100_000 : 20_000));
const workers = Number(flag('--workers') ?? os.availableParallelism());
const baselineSample = Math.max(2_000, Number(flag('--baseline-sample') ?? 2_000));

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** Peak resident set size of this process (worker threads included), in bytes. */
const peakRss = (): number => process.resourceUsage().maxRSS * 1024;

async function corpusPapers(): Promise<Paper[]> {
  const files = readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(corpusDir, name));
  const papers: Paper[] = [];
  for await (const event of ingest(files)) if (event.kind === 'paper') papers.push(event.paper);
  if (papers.length === 0) throw new Error(`no papers found in ${corpusDir}`);
  return papers;
}

/** The corpus again and again, each copy with its own id, `count` papers in all, generated lazily. */
function* repeated(corpus: Paper[], count: number): Generator<Paper> {
  for (let i = 0; i < count; i++) {
    const paper = corpus[i % corpus.length]!;
    yield { ...paper, id: `${paper.id}#${Math.floor(i / corpus.length)}` };
  }
}

interface Rate {
  abstracts: number;
  seconds: number;
  /** CPU seconds this process used (all threads): on a busy machine it shows how much CPU the run got */
  cpuSeconds: number;
  entities: number;
  relations: number;
  rejects: number;
}

async function runMedkg(papers: Iterable<Paper>, threads: number): Promise<Rate> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rate: Rate = { abstracts: 0, seconds: 0, cpuSeconds: 0, entities: 0, relations: 0, rejects: 0 };
  for await (const outcome of extractAll(papers, { workers: threads })) {
    rate.abstracts++;
    if (outcome.kind === 'reject') rate.rejects++;
    else {
      rate.entities += outcome.extraction.entities.length;
      rate.relations += outcome.extraction.relations.length;
    }
  }
  rate.seconds = (performance.now() - started) / 1000;
  rate.cpuSeconds = cpuSecondsSince(cpu);
  return rate;
}

function runCompromise(papers: Iterable<Paper>): Rate {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rate: Rate = { abstracts: 0, seconds: 0, cpuSeconds: 0, entities: 0, relations: 0, rejects: 0 };
  for (const paper of papers) {
    rate.entities += (nlp(paper.abstract).nouns().out('array') as string[]).length;
    rate.abstracts++;
  }
  rate.seconds = (performance.now() - started) / 1000;
  rate.cpuSeconds = cpuSecondsSince(cpu);
  return rate;
}

const perSecond = (rate: Rate): number => rate.abstracts / rate.seconds;

function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function line(label: string, rate: Rate, extra = ''): string {
  const cores = `${(rate.cpuSeconds / rate.seconds).toFixed(2)} cores busy`;
  return `${label.padEnd(34)} ${String(rate.abstracts).padStart(7)} abstracts in ${rate.seconds.toFixed(2).padStart(7)} s = ${perSecond(rate).toFixed(0).padStart(7)} abstracts/s (${cores})${extra}`;
}

async function rates(corpus: Paper[]): Promise<void> {
  const count = Math.ceil(target / corpus.length) * corpus.length;
  console.log(`medkg extraction benchmark: ${corpus.length} corpus papers repeated to ${count} abstracts; ${os.availableParallelism()} cores, Node ${process.version}`);
  const single = await runMedkg(repeated(corpus, count), 1);
  console.log(line('medkg, single thread (in-process)', single, `  (${single.entities} entities, ${single.relations} relations, ${single.rejects} rejects)`));
  const pooled = await runMedkg(repeated(corpus, count), workers);
  console.log(line(`medkg, ${workers} worker threads`, pooled, `  (x${(perSecond(pooled) / perSecond(single)).toFixed(2)} vs single, worker start-up included)`));
  const baseline = runCompromise(repeated(corpus, Math.min(count, baselineSample)));
  console.log(line('compromise nouns() baseline', baseline, '  (single thread, sample of the same abstracts)'));
  console.log(`ratio medkg single-thread / compromise: ${(perSecond(single) / perSecond(baseline)).toFixed(2)}`);
  console.log(`ratio medkg ${workers} workers / compromise: ${(perSecond(pooled) / perSecond(baseline)).toFixed(2)}`);
  console.log(`peak RSS: ${mb(peakRss())}`);
}

async function memory(corpus: Paper[]): Promise<void> {
  console.log(`medkg memory check: ${target} abstracts streamed through ${workers} worker threads`);
  let sampledPeak = 0;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 100);
  const rate = await runMedkg(repeated(corpus, target), workers);
  clearInterval(sampler);
  console.log(line(`medkg, ${workers} worker threads`, rate));
  const peak = Math.max(peakRss(), sampledPeak);
  console.log(`peak RSS: ${mb(peak)} (target < 500 MB) ${peak < 500 * 1024 * 1024 ? 'OK' : 'OVER TARGET'}`);
  if (peak >= 500 * 1024 * 1024) process.exitCode = 1;
}

const corpus = await corpusPapers();
if (memoryMode) await memory(corpus);
else await rates(corpus);
