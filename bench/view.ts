// `npm run bench:view`: time to first render and layout time of the view for 1k, 10k and 20k-node
// slices (5 edges per node, so 20k nodes carry 100k edges) in headless Chromium, plus the cost of a
// redraw and of a hover highlight on the largest, to show it stays interactive. One run, one table.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { GraphSlice, NodeType } from '../src/serve/api-schema.ts';
import { buildView } from '../src/serve/build-view.ts';
import { buildServer, lazyConnection } from '../src/serve/index.ts';
import { resolveSettings } from '../src/settings.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';

const SIZES = [1_000, 10_000, 20_000];
const EDGES_PER_NODE = 5;
const TYPES: NodeType[] = ['Model', 'Model', 'Benchmark', 'Dataset', 'Paper'];

/** Deterministic clustered graph: nodes in communities of ~40, most edges inside the community. */
export function syntheticSlice(nodes: number, seed = 1): GraphSlice {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const communities = Math.max(1, Math.round(nodes / 40));
  const degree = new Array<number>(nodes).fill(0);
  const edges: GraphSlice['edges'] = [];
  for (let e = 0; e < nodes * EDGES_PER_NODE; e++) {
    const a = Math.floor(rand() * nodes);
    const local = rand() < 0.85;
    const c = a % communities;
    const b = local ? c + communities * Math.floor(rand() * Math.ceil(nodes / communities)) : Math.floor(rand() * nodes);
    if (b >= nodes || b === a) continue;
    degree[a]!++;
    degree[b]!++;
    edges.push({ id: `e${e}`, source: `n${a}`, target: `n${b}`, type: 'EVALUATED_ON', metric: 'accuracy', value: Math.round(rand() * 1000) / 10, paper: null });
  }
  return {
    nodes: Array.from({ length: nodes }, (_, i) => {
      const type = TYPES[i % TYPES.length]!;
      return { id: `n${i}`, label: `${type} ${i}`, type, types: [type], aliases: [], degree: degree[i]!, papers: 0 };
    }),
    edges,
    focus: null,
    truncated: false,
  };
}

/** Mean frame time during an animated pan/zoom, and from a hover to the frame that shows it. Kept as
 * source text: page functions must not carry the transpiler's helpers into the browser. */
const INTERACTION_PROBE = `(async () => {
  const { app } = window.medkg;
  const sigma = app.sigma;
  const camera = sigma.getCamera();
  const frame = () => new Promise((resolve) => { sigma.once('afterRender', resolve); setTimeout(resolve, 5000); });
  const nodes = app.graph.nodes();
  let hoverFrameMs = 0;
  const n = 8;
  let frames = 0;
  const count = () => frames++;
  sigma.on('afterRender', count);
  const t0 = performance.now();
  await camera.animate({ x: 0.6, y: 0.45, ratio: 0.6 }, { duration: 1500 });
  const panFrameMs = (performance.now() - t0) / Math.max(1, frames);
  sigma.off('afterRender', count);
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const f = frame();
    app.state.hovered = nodes[(i * 7919) % nodes.length];
    app.view.refreshHighlight();
    await f;
    hoverFrameMs += performance.now() - t0;
  }
  app.state.hovered = null;
  app.view.refreshHighlight();
  return { panFrameMs, hoverFrameMs: hoverFrameMs / n };
})()`;

interface Row {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  fa2Ms: number;
  noverlapMs: number;
  layoutMs: number;
  stoppedBy: string;
  panFrameMs: number;
  hoverFrameMs: number;
}

async function main(): Promise<void> {
  await buildView();
  const app = await buildServer({ db: lazyConnection(resolveSettings({ neo4jUri: 'bolt://127.0.0.1:1' })) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const browser = await launchBrowser();
  const rows: Row[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?bench=1`);
    await page.waitForFunction(() => window.medkg?.ready === true);
    for (const size of SIZES) {
      const slice = syntheticSlice(size);
      const timings = await page.evaluate((s) => window.medkg.loadSlice(s), slice);
      const interaction = (await page.evaluate(INTERACTION_PROBE)) as { panFrameMs: number; hoverFrameMs: number };
      const row: Row = {
        nodes: slice.nodes.length,
        edges: slice.edges.length,
        firstRenderMs: timings.firstRenderMs ?? NaN,
        fa2Ms: timings.layout?.fa2Ms ?? NaN,
        noverlapMs: timings.layout?.noverlapMs ?? NaN,
        layoutMs: timings.layout?.totalMs ?? NaN,
        stoppedBy: timings.layout?.hitBudget ? 'time budget' : 'stable',
        ...interaction,
      };
      rows.push(row);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0).padStart(7) : '      -');
  const lines = [
    '  nodes   edges  first render  FA2 (ms)  noverlap  layout total  stopped by   pan frame  hover frame',
    ...rows.map((r) => `${String(r.nodes).padStart(7)} ${String(r.edges).padStart(7)}  ${fmt(r.firstRenderMs)} ms   ${fmt(r.fa2Ms)}  ${fmt(r.noverlapMs)}    ${fmt(r.layoutMs)} ms  ${r.stoppedBy.padEnd(11)} ${fmt(r.panFrameMs)} ${fmt(r.hoverFrameMs)} ms`),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n`);
  const out = path.resolve('test-artifacts');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'bench-view.json'), JSON.stringify(rows, null, 2));
}

await main();
