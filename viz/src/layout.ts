// Layout: ForceAtlas2 in a web worker until the picture stops moving (or a time budget is spent),
// then noverlap so labels and discs do not sit on each other. Reports how long each phase took.
import FA2LayoutModule from 'graphology-layout-forceatlas2/worker.js';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlapModule from 'graphology-layout-noverlap';
import NoverlapLayoutModule from 'graphology-layout-noverlap/worker.js';
import type { ViewGraph } from './graph-data.ts';

/** The CommonJS export seen through ESM interop (TypeScript and Vite disagree on the default). */
const noverlap = ((noverlapModule as { default?: unknown }).default ?? noverlapModule) as typeof noverlapModule.default;
const FA2Layout = ((FA2LayoutModule as { default?: unknown }).default ?? FA2LayoutModule) as typeof FA2LayoutModule.default;
const NoverlapLayout = ((NoverlapLayoutModule as { default?: unknown }).default ?? NoverlapLayoutModule) as typeof NoverlapLayoutModule.default;

/** The running layout phase (a new slice stops it). */
let current: { stop(): void } | null = null;

/** Small graphs: noverlap right here (a few ms). Large ones: in a worker, until it converges or the budget ends. */
const NOVERLAP_SETTINGS = { margin: 2, ratio: 1.1, speed: 3 };
function removeOverlaps(graph: ViewGraph, budgetMs: number): Promise<void> {
  if (graph.order <= 5000) {
    noverlap.assign(graph, { maxIterations: graph.order > 1000 ? 30 : 80, settings: NOVERLAP_SETTINGS });
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      supervisor.kill();
      if (current === handle) current = null;
      resolve();
    };
    const supervisor = new NoverlapLayout(graph, { settings: NOVERLAP_SETTINGS, onConverged: finish });
    const timer = setTimeout(finish, budgetMs);
    const handle = { stop: finish };
    current = handle;
    supervisor.start();
  });
}

export interface LayoutTimings {
  fa2Ms: number;
  noverlapMs: number;
  totalMs: number;
  /** true when the time budget, not stability, ended ForceAtlas2 */
  hitBudget: boolean;
}

/** Stop a running layout (a new slice replaces the old one). */
export function stopLayout(): void {
  current?.stop();
  current = null;
}

function sampleIds(graph: ViewGraph, max: number): string[] {
  const nodes = graph.nodes();
  if (nodes.length <= max) return nodes;
  const step = nodes.length / max;
  return Array.from({ length: max }, (_, i) => nodes[Math.floor(i * step)]!);
}

/** Mean displacement of sampled nodes since the last snapshot, relative to the layout's extent
 * (divided by the iterations in between, it says how much one more iteration would change). */
function movement(graph: ViewGraph, ids: string[], last: Map<string, [number, number]>): number {
  let moved = 0;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const id of ids) {
    if (!graph.hasNode(id)) continue;
    const { x, y } = graph.getNodeAttributes(id);
    const prev = last.get(id);
    if (prev) moved += Math.hypot(x - prev[0], y - prev[1]);
    last.set(id, [x, y]);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const extent = Math.max(1, maxX - minX, maxY - minY);
  return moved / Math.max(1, ids.length) / extent;
}

export function runLayout(graph: ViewGraph, opts: { budgetMs?: number; onProgress?: (phase: string) => void } = {}): Promise<LayoutTimings> {
  stopLayout();
  const started = performance.now();
  const order = graph.order;
  if (order < 2) return Promise.resolve({ fa2Ms: 0, noverlapMs: 0, totalMs: 0, hitBudget: false });
  const budget = opts.budgetMs ?? Math.min(20_000, 5_000 + order * 0.75);
  const settings = forceAtlas2.inferSettings(graph);
  settings.barnesHutOptimize = order > 1000;
  settings.adjustSizes = false;
  settings.linLogMode = false;
  settings.slowDown = 1 + Math.log10(order);
  const supervisor = new FA2Layout(graph, { settings });
  const ids = sampleIds(graph, 1500);
  const last = new Map<string, [number, number]>();
  let stopped = false;

  // the worker sends positions once per iteration; big graphs take longer than a poll per iteration
  let iterations = 0;
  let seenIterations = 0;
  const countIteration = () => iterations++;
  graph.on('eachNodeAttributesUpdated', countIteration);

  return new Promise((resolve) => {
    let calm = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    /** `interrupted`: a new slice replaces this graph, so there is nothing left to tidy */
    const finish = (hitBudget: boolean, interrupted = false) => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      graph.off('eachNodeAttributesUpdated', countIteration);
      supervisor.kill();
      const fa2Ms = performance.now() - started;
      opts.onProgress?.('noverlap');
      const t0 = performance.now();
      current = null;
      if (interrupted) {
        resolve({ fa2Ms, noverlapMs: 0, totalMs: fa2Ms, hitBudget });
        return;
      }
      void removeOverlaps(graph, 2000).then(() => {
        resolve({ fa2Ms, noverlapMs: performance.now() - t0, totalMs: performance.now() - started, hitBudget });
      });
    };
    current = { stop: () => finish(false, true) };
    supervisor.start();
    opts.onProgress?.('forceatlas2');
    movement(graph, ids, last);
    timer = setInterval(() => {
      const elapsed = performance.now() - started;
      if (elapsed > budget) return finish(true);
      const stepped = iterations - seenIterations;
      if (stepped === 0) return;
      seenIterations = iterations;
      const m = movement(graph, ids, last) / stepped;
      if ((globalThis as { MEDKG_DEBUG_LAYOUT?: boolean }).MEDKG_DEBUG_LAYOUT) console.log(`layout movement ${m.toFixed(5)} at ${elapsed.toFixed(0)} ms`);
      calm = m < 0.002 ? calm + 1 : 0;
      if (calm >= 2 && iterations >= 20) finish(false);
    }, 250);
  });
}
