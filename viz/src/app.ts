// The view's controller: loads slices for the current mode, runs the layout, and reacts to search,
// clicks, double-clicks, questions and filters, keeping the URL in step with what is shown.
import type { GraphSlice, SearchHit } from '../../src/serve/api-schema.ts';
import { api, ApiFailure } from './api.ts';
import { byId } from './dom.ts';
import { exportPng, downloadText, toGexf } from './exporters.ts';
import { renderFilters } from './filters.ts';
import { createGraph, mergeSlice, replaceWithSlice, type ViewGraph } from './graph-data.ts';
import { runLayout, stopLayout, type LayoutTimings } from './layout.ts';
import { closePanel, showAnswer, showEntity, showMessage } from './panel.ts';
import { createRenderer, frameNodes, type RendererHandle } from './renderer.ts';
import { placeRing } from './ring.ts';
import { writeUrl, type ViewState } from './view-state.ts';

export interface Timings {
  firstRenderMs: number | null;
  layout: LayoutTimings | null;
}

export class App {
  readonly graph: ViewGraph = createGraph();
  readonly view: RendererHandle;
  timings: Timings = { firstRenderMs: null, layout: null };
  layoutRunning = false;
  /** actions in flight (loads, selections, questions): tests and the bench wait for zero */
  busy = 0;
  /** bumped on every load, so a slow response for an old view is dropped */
  private generation = 0;

  constructor(readonly state: ViewState, private readonly onNotice: (failure: ApiFailure | null) => void) {
    this.view = createRenderer(byId('sigma'), this.graph, state, { edgeLabelsAlways: () => this.state.mode === 'benchmark' });
    const sigma = this.view.sigma;
    sigma.on('enterNode', ({ node }) => this.setHover(node));
    sigma.on('leaveNode', () => this.setHover(null));
    sigma.on('clickNode', ({ node }) => void this.track(this.select(node)));
    sigma.on('clickStage', () => this.clearSelection());
    sigma.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      void this.track(this.expand(e.node));
    });
  }

  get sigma() {
    return this.view.sigma;
  }

  private setHover(node: string | null): void {
    this.state.hovered = node;
    this.view.refreshHighlight();
  }

  filtersChanged(): void {
    writeUrl(this.state);
    this.view.refreshAll();
    this.updateStatus();
  }

  private renderLegend(): void {
    renderFilters(this.graph, this.state, () => this.filtersChanged());
  }

  updateStatus(extra = ''): void {
    let nodes = 0;
    this.graph.forEachNode((_, a) => {
      if (!this.state.hiddenTypes.has(a.kind)) nodes++;
    });
    const mode = this.state.mode === 'benchmark' ? 'benchmark focus' : this.state.mode === 'focus' ? `around ${this.labelOf(this.state.focus)}` : 'overview';
    byId('status').textContent = `${nodes.toLocaleString()} nodes · ${this.graph.size.toLocaleString()} links · ${mode}${extra ? ` · ${extra}` : ''}`;
  }

  private labelOf(id: string | null): string {
    return id && this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'label') : (id ?? '');
  }

  /** Show a slice: replace the graph, draw once, lay it out (or place the benchmark ring). */
  async show(slice: GraphSlice, opts: { ring?: string } = {}): Promise<void> {
    stopLayout();
    const t0 = performance.now();
    this.state.hovered = null;
    replaceWithSlice(this.graph, slice);
    if (opts.ring) placeRing(this.graph, opts.ring);
    this.timings = { firstRenderMs: null, layout: null };
    await new Promise<void>((resolve) => {
      this.sigma.once('afterRender', () => resolve());
      this.view.refreshAll();
    });
    this.timings.firstRenderMs = performance.now() - t0;
    this.renderLegend();
    this.updateStatus(slice.truncated ? 'trimmed to the best-connected nodes' : '');
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    if (!opts.ring) await this.layout();
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  async layout(): Promise<void> {
    this.layoutRunning = true;
    this.updateStatus('laying out…');
    this.timings.layout = await runLayout(this.graph);
    this.layoutRunning = false;
    this.updateStatus();
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.busy++;
    try {
      const out = await work();
      this.onNotice(null);
      return out;
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 503) this.onNotice(error);
      else if (error instanceof ApiFailure && error.status < 500) showMessage('No answer', error.message);
      else showMessage('Something went wrong', error instanceof Error ? error.message : String(error));
      return undefined;
    } finally {
      this.busy--;
    }
  }

  /** Count a whole user action as busy, so `busy === 0` means the screen shows its outcome. */
  track<T>(action: Promise<T>): Promise<T> {
    this.busy++;
    return action.finally(() => this.busy--);
  }

  async loadOverview(): Promise<void> {
    const gen = ++this.generation;
    Object.assign(this.state, { mode: 'overview', focus: null, selected: null, highlight: null, question: null });
    writeUrl(this.state);
    const visible = ['Model', 'Benchmark', 'Dataset', 'Paper', 'Metric', 'URL'].filter((t) => !this.state.hiddenTypes.has(t as never));
    const slice = await this.guard(() => api.slice({ limit: 500, types: visible.join(',') || undefined }));
    if (slice && gen === this.generation) await this.show(slice);
  }

  async loadFocus(id: string, depth = this.state.depth): Promise<void> {
    const gen = ++this.generation;
    Object.assign(this.state, { mode: 'focus', focus: id, depth, highlight: null });
    writeUrl(this.state);
    const slice = await this.guard(() => api.slice({ focus: id, depth, limit: 600 }));
    if (!slice || gen !== this.generation) return;
    await this.show(slice);
    await this.select(id);
  }

  async loadBenchmark(id: string): Promise<void> {
    const gen = ++this.generation;
    Object.assign(this.state, { mode: 'benchmark', focus: id, highlight: null, selected: null });
    writeUrl(this.state);
    const slice = await this.guard(() => api.benchmark(id));
    if (!slice || gen !== this.generation) return;
    await this.show(slice, { ring: id });
    await this.select(id, false);
    await frameNodes(this.sigma, this.graph.nodes());
  }

  /** Open the panel for a node and light up its neighbourhood. */
  async select(id: string, recentre = true): Promise<void> {
    this.state.selected = id;
    writeUrl(this.state);
    this.view.refreshHighlight();
    const details = await this.guard(() => api.entity(id));
    if (!details || this.state.selected !== id) return;
    showEntity(details, {
      onBenchmarkFocus: () => void this.track(this.loadBenchmark(id)),
      onExpand: () => void this.track(this.expand(id)),
    });
    this.fitStage();
    if (recentre && this.graph.hasNode(id)) await frameNodes(this.sigma, [id, ...this.graph.neighbors(id)]);
  }

  /** The stage ends where the side panel begins, so framing and centring use the visible part. */
  fitStage(): void {
    const open = !byId('panel').hidden;
    const stage = byId('sigma');
    if (stage.classList.contains('with-panel') === open) return;
    stage.classList.toggle('with-panel', open);
    this.sigma.resize();
    this.sigma.refresh({ skipIndexation: true });
  }

  clearSelection(): void {
    this.state.selected = null;
    this.state.highlight = null;
    this.state.question = null;
    writeUrl(this.state);
    closePanel();
    this.fitStage();
    this.view.refreshHighlight();
  }

  /** Double-click: fetch the node's neighbourhood and grow the graph around it. */
  async expand(id: string): Promise<void> {
    const slice = await this.guard(() => api.slice({ focus: id, depth: 1, limit: 200 }));
    if (!slice) return;
    this.graph.forEachNode((n) => this.graph.setNodeAttribute(n, 'fixed', true));
    const added = mergeSlice(this.graph, slice, id);
    this.renderLegend();
    if (added.length > 0) {
      this.graph.forEachNode((n) => this.graph.setNodeAttribute(n, 'fixed', !added.includes(n)));
      await this.layout();
      this.graph.forEachNode((n) => this.graph.removeNodeAttribute(n, 'fixed'));
    }
    this.updateStatus(`+${added.length} from ${this.labelOf(id)}`);
    await this.select(id, false);
  }

  /** Search result chosen: centre on it if shown, otherwise load its neighbourhood. */
  async choose(hit: SearchHit): Promise<void> {
    if (this.graph.hasNode(hit.id) && !this.state.hiddenTypes.has(hit.type)) {
      await this.select(hit.id);
      return;
    }
    this.state.hiddenTypes.delete(hit.type);
    await this.loadFocus(hit.id, 1);
  }

  async ask(question: string): Promise<void> {
    const answer = await this.guard(() => api.ask(question));
    if (!answer) return;
    this.state.question = question;
    this.state.selected = null;
    writeUrl(this.state);
    if (answer.refs.length > 0) {
      const slice = await this.guard(() => api.subgraph(answer.refs));
      if (slice) {
        const added = mergeSlice(this.graph, slice);
        for (const n of slice.nodes) this.state.hiddenTypes.delete(n.type);
        this.state.highlight = new Set(slice.nodes.map((n) => n.id));
        this.renderLegend();
        if (added.length > 0) await this.layout();
      }
    } else {
      this.state.highlight = null;
    }
    this.view.refreshHighlight();
    showAnswer(answer, this.state.highlight?.size ?? 0);
    this.fitStage();
    if (this.state.highlight) await frameNodes(this.sigma, this.state.highlight);
    writeUrl(this.state);
  }

  async exportPng(): Promise<void> {
    await exportPng(this.sigma, `medkg-${this.state.focus ?? 'overview'}`);
  }

  exportGexf(): void {
    const text = toGexf(this.graph, (n) => !this.state.hiddenTypes.has(this.graph.getNodeAttribute(n, 'kind')));
    downloadText(text, `medkg-${this.state.focus ?? 'overview'}.gexf`, 'application/gexf+xml');
  }
}
