// Entry point of the view: checks that Neo4j answers (else says how to start it), restores the view
// from the URL, wires the top bar, and exposes `window.medkg` for tests and the benchmark.
import './style.css';
import type { GraphSlice } from '../../src/serve/api-schema.ts';
import { api, type ApiFailure } from './api.ts';
import { App } from './app.ts';
import { byId, clear, h } from './dom.ts';
import { closePanel } from './panel.ts';
import { setupSearch } from './search.ts';
import { stateFromUrl, type ViewState } from './view-state.ts';

declare global {
  interface Window {
    medkg: {
      app: App;
      ready: boolean;
      /** bench/tests: show a slice given as data (no server), resolves when laid out */
      loadSlice(slice: GraphSlice): Promise<App['timings']>;
    };
  }
}

function showNotice(failure: ApiFailure | { message: string; hint: string | null } | null): void {
  const box = byId('notice');
  clear(box);
  box.hidden = failure === null;
  if (!failure) return;
  box.append(
    h('h2', null, 'Neo4j is not reachable'),
    h('p', null, failure.message),
    h('p', null, 'Start the local server with ', h('code', null, 'medkg db start'), ', or set ', h('code', null, 'NEO4J_URI'),
      ' (and ', h('code', null, 'NEO4J_USER'), ', ', h('code', null, 'NEO4J_PASSWORD'), ') to a running Neo4j, then reload this page.'),
  );
}

async function restore(app: App, state: ViewState): Promise<void> {
  const { question, selected } = state;
  if (state.mode === 'benchmark' && state.focus) await app.loadBenchmark(state.focus);
  else if (state.mode === 'focus' && state.focus) await app.loadFocus(state.focus, state.depth);
  else await app.loadOverview();
  if (selected && selected !== state.focus) await app.select(selected);
  if (question) {
    byId<HTMLInputElement>('ask-input').value = question;
    await app.ask(question);
  }
}

async function boot(): Promise<void> {
  const state = stateFromUrl(location.search);
  const app = new App(state, showNotice);
  window.medkg = {
    app,
    ready: false,
    async loadSlice(slice) {
      await app.show(slice);
      return app.timings;
    },
  };

  setupSearch((hit) => void app.track(app.choose(hit)));
  byId('ask-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = byId<HTMLInputElement>('ask-input').value.trim();
    if (q) void app.track(app.ask(q));
  });
  byId('home-button').addEventListener('click', () => {
    closePanel();
    void app.track(app.loadOverview());
  });
  byId('png-button').addEventListener('click', () => void app.exportPng());
  byId('gexf-button').addEventListener('click', () => app.exportGexf());
  byId('panel-close').addEventListener('click', () => app.clearSelection());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && document.activeElement?.tagName !== 'INPUT') app.clearSelection();
  });

  if (new URLSearchParams(location.search).has('bench')) {
    window.medkg.ready = true;
    return;
  }
  const health = await api.health().catch((e: Error) => ({ neo4j: 'down' as const, message: e.message, hint: null, nodes: null }));
  if (health.neo4j === 'down') {
    showNotice({ message: health.message, hint: health.hint });
    app.updateStatus('Neo4j unreachable');
  } else {
    await restore(app, state);
  }
  window.medkg.ready = true;
}

void boot();
