// `npm run bench:load`: writes a synthetic corpus of 100,000 papers (real entity names recombined,
// tests/load/synthetic-corpus.ts), loads it through Bolt and prints nodes/s and relationships/s, the
// median `ask` latency of 20 runs on that graph, and the end-to-end rate of `medkg build` on a slice of
// the same papers (first, on an empty graph; the 100k graph is left loaded). Before the measured load, a
// 20,000-paper warm-up load (then cleared) lets the server's JIT compile the write path. Env: BENCH_PAPERS
// (100000), BENCH_BUILD_PAPERS (10000), BENCH_WARMUP_PAPERS (20000, 0 = none), BENCH_BATCH (settings).
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { connect } from '../src/db/index.ts';
import { buildItems } from '../src/load/build-items.ts';
import { applySchema, clearGraph, graphCounts, loadRecords, readExtractions } from '../src/load/index.ts';
import { ask } from '../src/query/index.ts';
import { resolveSettings } from '../src/settings.ts';
import { syntheticCorpus } from '../tests/load/synthetic-corpus.ts';

const PAPERS = Number(process.env.BENCH_PAPERS ?? 100_000);
const BUILD_PAPERS = Number(process.env.BENCH_BUILD_PAPERS ?? 10_000);
const WARMUP_PAPERS = Number(process.env.BENCH_WARMUP_PAPERS ?? 20_000);
const QUESTIONS = ['which models used MedQA?', 'leaderboard for PubMedQA', 'which datasets did GPT-4 use', 'what did MedNet-42 introduce'];

const settings = resolveSettings({ batchSize: process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined });
const dir = path.join(settings.homeDir, 'bench');
const say = (line: string) => process.stdout.write(`${line}\n`);

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file, 'utf8');
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* extractionLines(count = PAPERS): Generator<string> {
  for (const record of syntheticCorpus(count)) yield `${JSON.stringify(record)}\n`;
}

function* paperLines(): Generator<string> {
  for (const r of syntheticCorpus(BUILD_PAPERS, PAPERS)) yield `${JSON.stringify({ id: r.id, title: r.title, abstract: r.abstract, date: r.date })}\n`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

await mkdir(dir, { recursive: true });
const extractFile = path.join(dir, 'extract.jsonl');
const papersFile = path.join(dir, 'papers.jsonl');
let t = performance.now();
await writeLines(extractFile, extractionLines());
await writeLines(papersFile, paperLines());
const warmupFile = path.join(dir, 'warmup.jsonl');
await writeLines(warmupFile, extractionLines(WARMUP_PAPERS));
say(`corpus: ${PAPERS} extraction records + ${BUILD_PAPERS} papers for build written in ${((performance.now() - t) / 1000).toFixed(1)} s (${dir})`);

const conn = await connect(settings);
try {
  await applySchema(conn);
  await clearGraph(conn);
  const build = await loadRecords(conn, buildItems([papersFile], { workers: settings.workers }), { batchSize: settings.batchSize });
  say(`build: ${build.papers} papers ingested, extracted and loaded in ${build.seconds.toFixed(1)} s: ${Math.round(build.papers / build.seconds)} papers/s end to end (${build.rejected} rejected, ${build.relationshipsCreated} relationships)`);

  // warm-up: a first slice of the same records, so the JVM has compiled the write path before the
  // measured load (a freshly started server loads the first ~100k papers about 12% slower)
  await clearGraph(conn);
  if (WARMUP_PAPERS > 0) {
    const warm = await loadRecords(conn, readExtractions([warmupFile]), { batchSize: settings.batchSize });
    say(`warm-up: ${warm.papers} papers loaded in ${warm.seconds.toFixed(1)} s (${Math.round(warm.relationshipsCreated / warm.seconds)} relationships/s), then cleared`);
    await clearGraph(conn);
  }
  say(`load: batch size ${settings.batchSize} papers per transaction`);
  const load = await loadRecords(conn, readExtractions([extractFile]), { batchSize: settings.batchSize });
  const counts = await graphCounts(conn);
  say(`load: ${load.papers} papers, ${load.nodesCreated} nodes and ${load.relationshipsCreated} relationships created in ${load.seconds.toFixed(1)} s`);
  say(`load: ${Math.round(load.nodesCreated / load.seconds)} nodes/s, ${Math.round(load.relationshipsCreated / load.seconds)} relationships/s (graph: ${counts.nodes} nodes, ${counts.relationships} relationships)`);

  for (const question of QUESTIONS) {
    await ask(conn, question); // warm the plan cache, as a long-running server would be
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 20; i += 1) {
      t = performance.now();
      rows = (await ask(conn, question)).rows.length;
      times.push(performance.now() - t);
    }
    say(`ask "${question}": median ${median(times).toFixed(1)} ms of 20 (${rows} rows)`);
  }

} finally {
  await conn.close();
}
