// The side panel: one entity (type, aliases, results, papers, evidence, links) or one answer table.
// Everything from the data is inserted as text; links are real <a> elements with safe hrefs.
import type { AskAnswer, EntityDetails, PaperRef, ResultRow } from '../../src/serve/api-schema.ts';
import { byId, clear, h, link } from './dom.ts';
import { RELATION_LABELS, TYPE_TINTS, typeColor } from './palette.ts';

const panel = () => byId('panel');
const body = () => byId('panel-body');

export interface EntityActions {
  onBenchmarkFocus?: () => void;
  onExpand?: () => void;
}

export function closePanel(): void {
  panel().hidden = true;
  clear(body());
}

function show(...children: Node[]): void {
  clear(body());
  body().append(...children);
  panel().hidden = false;
  panel().scrollTop = 0;
}

function typeChip(type: string): HTMLElement {
  return h('span', { className: 'chip', style: `background:${TYPE_TINTS[type as keyof typeof TYPE_TINTS] ?? '#f1f3f5'};color:${typeColor(type)}` },
    h('span', { className: 'swatch', style: `background:${typeColor(type)}` }), type);
}

function paperLink(paper: PaperRef | null): Node {
  if (!paper) return h('span', { className: 'muted' }, '–');
  return link(paper.url, paper.title);
}

/** Results of one entity: the column that would only repeat the entity's own name is left out. */
function resultsTable(rows: ResultRow[], self: string): HTMLElement {
  const showModel = rows.some((r) => r.model !== self);
  const showBenchmark = rows.some((r) => r.benchmark !== self);
  const best = new Map<string, number>();
  for (const r of rows) {
    if (r.value === null) continue;
    const k = `${r.benchmark}\u0000${r.metric ?? ''}`;
    best.set(k, Math.max(best.get(k) ?? -Infinity, r.value));
  }
  return h('table', { className: 'results' },
    h('thead', null, h('tr', null, showModel ? h('th', null, 'Model') : null, showBenchmark ? h('th', null, 'Benchmark') : null,
      h('th', null, 'Metric'), h('th', null, 'Value'), h('th', null, 'Paper'))),
    h('tbody', null, ...rows.map((r) => {
      const isBest = r.value !== null && best.get(`${r.benchmark}\u0000${r.metric ?? ''}`) === r.value;
      return h('tr', { className: isBest ? 'best' : '' },
        showModel ? h('td', { className: 'name' }, r.model) : null, showBenchmark ? h('td', { className: 'name' }, r.benchmark) : null,
        h('td', { className: 'metric' }, r.metric ?? '–'),
        h('td', { className: 'num' }, r.value === null ? '–' : String(r.value)), h('td', { className: 'paper' }, paperLink(r.paper)));
    })));
}

function section(title: string, count: number, content: Node, more = false): Node[] {
  return [h('h4', null, `${title} · ${count}`), content, more ? h('p', { className: 'more' }, 'showing the first 200') : null].filter(Boolean) as Node[];
}

export function showEntity(d: EntityDetails, actions: EntityActions): void {
  const nodes: Node[] = [typeChip(d.type), h('h2', null, d.name)];
  const chips = [...d.types.filter((t) => t !== d.type).map((t) => h('span', { className: 'chip alias' }, `also ${t}`)),
    ...d.aliases.map((a) => h('span', { className: 'chip alias', title: 'alias' }, a))];
  if (chips.length) nodes.push(h('div', { className: 'chips' }, ...chips));
  const buttons: HTMLElement[] = [];
  if (actions.onBenchmarkFocus && (d.types.includes('Benchmark') || d.types.includes('Dataset'))) {
    const b = h('button', { type: 'button', id: 'benchmark-focus-button' }, 'Benchmark focus');
    b.addEventListener('click', () => actions.onBenchmarkFocus?.());
    buttons.push(b);
  }
  if (actions.onExpand) {
    const b = h('button', { type: 'button', id: 'expand-button' }, 'Expand neighbours');
    b.addEventListener('click', actions.onExpand);
    buttons.push(b);
  }
  if (buttons.length) nodes.push(h('div', { className: 'panel-actions' }, ...buttons));
  if (d.results.length) nodes.push(...section('Results', d.results.length, resultsTable(d.results, d.name), d.results.length >= 200));
  if (d.links.length) {
    nodes.push(...section('Code & links', d.links.length, h('ul', { className: 'links' },
      ...d.links.map((l) => h('li', null, l.kind ? h('span', { className: 'kind' }, l.kind) : null, link(l.url, l.url))))));
  }
  if (d.papers.length) {
    nodes.push(...section('Papers', d.papers.length, h('ul', { className: 'papers' },
      ...d.papers.map((p) => h('li', null, link(p.url, p.title), h('span', { className: 'date' }, p.date ?? 'date unknown')))), d.papers.length >= 200));
  }
  if (d.evidence.length) {
    nodes.push(...section('Evidence', d.evidence.length, h('div', null,
      ...d.evidence.map((e) => h('blockquote', { className: 'evidence' },
        h('span', { className: 'rel' }, (RELATION_LABELS[e.relation] ?? e.relation).toUpperCase()), e.text,
        e.paper ? h('span', { className: 'source' }, '— ', paperLink(e.paper)) : null)))));
  }
  if (!d.results.length && !d.papers.length && !d.evidence.length) nodes.push(h('p', { className: 'muted' }, 'Nothing more is known about this node.'));
  show(...nodes);
}

/** How answer columns are styled: names stand out, paper titles are clamped to two lines. */
const COLUMN_CLASSES: Record<string, string> = { model: 'name', name: 'name', benchmark: 'name', usedWith: 'name', paper: 'paper', metric: 'metric', date: 'metric' };

export function showAnswer(a: AskAnswer, highlighted: number): void {
  const nodes: Node[] = [h('span', { className: 'chip alias' }, 'Answer'), h('h2', null, a.question)];
  if (a.template === null) {
    nodes.push(h('p', { className: 'muted' }, 'No canned question matches. Try one of these:'),
      h('ul', { className: 'papers' }, ...a.suggestions.map((s) => h('li', null, s))));
    show(...nodes);
    return;
  }
  nodes.push(h('p', { className: 'muted' }, `${a.rows.length} row${a.rows.length === 1 ? '' : 's'} · ${highlighted} node${highlighted === 1 ? '' : 's'} highlighted`));
  nodes.push(h('table', { className: 'results', id: 'answer-table' },
    h('thead', null, h('tr', null, ...a.columns.map((c) => h('th', null, c)))),
    h('tbody', null, ...a.rows.map((row, i) => h('tr', { title: a.notes[i] ?? undefined }, ...row.map((cell, c) =>
      h('td', { className: typeof cell === 'number' ? 'num' : (COLUMN_CLASSES[a.columns[c] ?? ''] ?? '') },
        cell === null ? '–' : COLUMN_CLASSES[a.columns[c] ?? ''] === 'paper' ? h('span', null, String(cell)) : String(cell))))))));
  show(...nodes);
}

export function showMessage(title: string, message: string): void {
  show(h('h2', null, title), h('p', { className: 'muted' }, message));
}
