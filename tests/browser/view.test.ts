// The web view in real headless Chromium against `medkg serve` on the corpus graph (real Neo4j):
// nodes render, search opens MedQA with Med-Gemini's 91.1, the question bar answers, a type filter
// hides nodes, a markup title stays inert text, and the server refuses path traversal.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from '../../src/db/index.ts';
import { buildView } from '../../src/serve/build-view.ts';
import { buildServer, lazyConnection, startServer, type RunningServer } from '../../src/serve/index.ts';
import { clearDatabase, ensureTestServer, testSettings } from '../helpers/neo4j.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { REPO, runCli } from '../load/run-cli.ts';
import { XSS_MODEL, XSS_TITLE, writeJsonl, xssPaper } from './fixtures.ts';

const CORPUS = path.resolve(REPO, '../shared/corpus');
const ARTIFACTS = path.join(REPO, 'test-artifacts');

let conn: Connection;
let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

async function settle(p: Page): Promise<void> {
  await p.waitForFunction(() => window.medkg?.ready === true && window.medkg.app.busy === 0 && !window.medkg.app.layoutRunning, null, { timeout: 60_000 });
}

beforeAll(async () => {
  await buildView();
  conn = await ensureTestServer();
  // a server that just started may answer Bolt a moment before its database accepts transactions
  for (let attempt = 1; ; attempt++) {
    try {
      await clearDatabase(conn);
      break;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  const corpusFiles = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => path.join(CORPUS, f));
  const build = await runCli(['build', ...corpusFiles]);
  expect(build.code, build.stderr).toBe(0);
  const xssFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'medkg-view-')), 'xss.jsonl');
  writeJsonl(xssFile, [xssPaper()]);
  expect((await runCli(['load', xssFile])).code).toBe(0);
  server = await startServer(testSettings({ port: 0, host: '127.0.0.1' }), { initial: conn });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the graph view', () => {
  it('renders the overview: nodes in the graph and coloured pixels on the canvas', async () => {
    await page.goto(server.url);
    await settle(page);
    const drawn = await page.evaluate(() => {
      const sigma = window.medkg.app.sigma;
      sigma.refresh();
      const gl = sigma.getCanvases().nodes!;
      const c = document.createElement('canvas');
      c.width = gl.width;
      c.height = gl.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(gl, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let coloured = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i + 3]! > 200 && Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!) > 60) coloured++;
      return { nodes: window.medkg.app.graph.order, coloured };
    });
    expect(drawn.nodes).toBeGreaterThan(20);
    expect(drawn.coloured).toBeGreaterThan(500);
  });

  it('searching "MedQA" and choosing it lists Med-Gemini with 91.1 in the panel', async () => {
    await page.fill('#search-input', 'MedQA');
    // the display name is the fullest form the corpus uses ("MedQA (USMLE)"); MedQA itself ranks first
    const hit = page.locator('#search-results li').first();
    await expect.poll(() => hit.locator('.hit-name').textContent()).toMatch(/^MedQA\b/);
    await hit.click();
    await page.locator('#panel-body h2', { hasText: /^MedQA\b/ }).waitFor();
    await settle(page);
    const row = page.locator('#panel-body table.results tr', { has: page.locator('td', { hasText: /^Med-Gemini$/ }) });
    await expect.poll(async () => (await row.allTextContents()).join(' | ')).toMatch(/91\.1/);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(ARTIFACTS, 'medqa-view.png') });
    // the view is in the URL: the same link opens the same panel
    const params = new URL(page.url()).searchParams;
    expect(params.get('sel') ?? params.get('focus')).toBe('medqa');
    await page.goto(page.url());
    await settle(page);
    await page.locator('#panel-body h2', { hasText: /^MedQA\b/ }).waitFor();
  });

  it('benchmark focus shows the models around MedQA with best scores as edge labels', async () => {
    await page.click('#benchmark-focus-button');
    await settle(page);
    const ring = await page.evaluate(() => {
      const { graph: g, state } = window.medkg.app;
      return {
        mode: state.mode,
        kinds: [...new Set(g.mapNodes((n, a) => (n === state.focus ? 'centre' : a.kind)))].sort(),
        spokes: g.mapEdges((_, a, s, t) => `${g.getNodeAttribute(s, 'label')}=${a.value}→${t}`),
        models: g.order - 1,
      };
    });
    expect(ring.mode).toBe('benchmark');
    expect(ring.kinds).toEqual(['Model', 'centre']);
    expect(ring.spokes).toContain('Med-Gemini=91.1→medqa');
    expect(ring.spokes).toHaveLength(ring.models);
    await page.screenshot({ path: path.join(ARTIFACTS, 'medqa-benchmark-focus.png') });
  });

  it('the question bar answers "which models used MedQA?" and highlights the answer', async () => {
    await page.fill('#ask-input', 'which models used MedQA?');
    await page.click('#ask-button');
    await page.locator('#answer-table').waitFor();
    const text = await page.locator('#answer-table').textContent();
    expect(text).toMatch(/Med-Gemini\s*accuracy\s*91\.1/);
    expect(text).toMatch(/Med-PaLM 2/);
    expect(text).toMatch(/Flan-PaLM/);
    const highlighted = await page.evaluate(() => [...(window.medkg.app.state.highlight ?? [])]);
    expect(highlighted).toEqual(expect.arrayContaining(['medqa']));
    await page.screenshot({ path: path.join(ARTIFACTS, 'medqa-answer.png') });
  });

  it('unticking a node type hides those nodes and records it in the URL', async () => {
    await page.goto(server.url);
    await settle(page);
    const before = await page.evaluate(() => window.medkg.app.graph.filterNodes((_, a) => a.kind === 'Model').length);
    expect(before).toBeGreaterThan(0);
    await page.locator('#type-filters input[data-type="Model"]').uncheck();
    const state = await page.evaluate(() => {
      const { graph, sigma } = window.medkg.app;
      const models = graph.filterNodes((_, a) => a.kind === 'Model');
      const others = graph.filterNodes((_, a) => a.kind === 'Benchmark');
      return {
        modelsShown: models.filter((n) => !sigma.getNodeDisplayData(n)?.hidden).length,
        benchmarksShown: others.filter((n) => !sigma.getNodeDisplayData(n)?.hidden).length,
      };
    });
    expect(state.modelsShown).toBe(0);
    expect(state.benchmarksShown).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('hide')).toContain('Model');
  });

  it('a paper titled with markup shows those characters and runs nothing', async () => {
    const key = xssPaper().entities[0]!.key;
    await page.goto(`${server.url}?focus=${encodeURIComponent(key)}`);
    await settle(page);
    await page.locator('#panel-body h2').waitFor();
    const panel = await page.evaluate(() => {
      const body = document.getElementById('panel-body')!;
      return { text: body.textContent ?? '', imgs: body.querySelectorAll('img').length, bolds: body.querySelectorAll('b').length };
    });
    expect(panel.text).toContain(XSS_TITLE);
    expect(panel.text).toContain(XSS_MODEL);
    expect(panel.imgs).toBe(0);
    expect(panel.bolds).toBe(0);
    await page.fill('#search-input', 'ScriptNet');
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-results').textContent()).toContain(XSS_MODEL);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});

describe('exploring and exporting', () => {
  it('double-clicking a node fetches its neighbourhood from the server and grows the graph', async () => {
    await page.goto(`${server.url}?focus=medqa`);
    await settle(page);
    const before = await page.evaluate(() => window.medkg.app.graph.order);
    const at = await page.evaluate(() => {
      const { sigma, graph } = window.medkg.app;
      const id = graph.findNode((_, a) => a.label === 'Med-Gemini')!;
      const d = sigma.getNodeDisplayData(id)!;
      const p = sigma.framedGraphToViewport(d);
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, id };
    });
    await page.mouse.dblclick(at.x, at.y);
    await page.waitForFunction((n) => window.medkg.app.graph.order > n, before, { timeout: 30_000 });
    await settle(page);
    const grown = await page.evaluate((id) => ({ order: window.medkg.app.graph.order, degree: window.medkg.app.graph.degree(id) }), at.id);
    expect(grown.order).toBeGreaterThan(before);
    expect(grown.degree).toBeGreaterThan(1);
  });

  it('exports the current view as GEXF (with the nodes shown) and as PNG', async () => {
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#gexf-button')]);
    const text = readFileSync((await gexf.path())!, 'utf8');
    expect(gexf.suggestedFilename()).toBe('medkg-medqa.gexf');
    expect(text).toMatch(/<gexf[\s\S]*label="Med-Gemini"/);
    // Paper nodes are loaded but hidden by default: the export holds what is shown
    const papersLoaded = await page.evaluate(() => window.medkg.app.graph.filterNodes((_, a) => a.kind === 'Paper').length);
    expect(papersLoaded).toBeGreaterThan(0);
    expect(text).toContain('value="Benchmark"');
    expect(text).not.toContain('value="Paper"');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#png-button')]);
    const bytes = readFileSync((await png.path())!);
    expect(png.suggestedFilename()).toBe('medkg-medqa.png');
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});

describe('the server behind it', () => {
  it('with Neo4j unreachable the page says so and how to start it', async () => {
    const down = await buildServer({ db: lazyConnection(testSettings({ neo4jUri: 'bolt://127.0.0.1:1' })) });
    await down.listen({ port: 0, host: '127.0.0.1' });
    try {
      const { port } = down.server.address() as { port: number };
      await page.goto(`http://127.0.0.1:${port}/`);
      await page.waitForFunction(() => window.medkg?.ready === true);
      const notice = page.locator('#notice');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toMatch(/Neo4j is not reachable[\s\S]*cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1[\s\S]*medkg db start[\s\S]*NEO4J_URI/);
    } finally {
      await down.close();
    }
  });

  it('answers /../package.json with 404 and API errors as JSON without a stack', async () => {
    const { port } = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: Number(port), path: '/../package.json' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(status).toBe(404);
    const res = await fetch(new URL('api/graph?depth=oops', server.url));
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: expect.stringMatching(/^invalid request: depth/) });
    expect(text).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
