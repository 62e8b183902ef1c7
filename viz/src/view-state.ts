// What the user is looking at (focus, mode, selection, filters, question) and its mirror in the URL,
// so a view can be shared as a link: ?focus=medqa&mode=benchmark&sel=medgemini&hide=Paper,URL&q=...
import type { NodeType } from '../../src/serve/api-schema.ts';
import { NODE_TYPES } from './palette.ts';

export type Mode = 'overview' | 'focus' | 'benchmark';

export interface ViewState {
  mode: Mode;
  /** node id the slice is centred on (focus and benchmark modes) */
  focus: string | null;
  depth: number;
  hiddenTypes: Set<NodeType>;
  hiddenRelations: Set<string>;
  /** the question whose answer is highlighted */
  question: string | null;
  /** the node whose panel is open */
  selected: string | null;
  /** interaction state (not in the URL) */
  hovered: string | null;
  highlight: Set<string> | null;
}

export const DEFAULT_HIDDEN_TYPES: NodeType[] = ['Paper', 'Metric', 'URL'];

function list(value: string | null): string[] {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

export function stateFromUrl(search: string): ViewState {
  const p = new URLSearchParams(search);
  const mode = p.get('mode');
  const focus = p.get('focus');
  const hide = p.has('hide') ? list(p.get('hide')) : DEFAULT_HIDDEN_TYPES;
  const depth = Number(p.get('depth') ?? 1);
  return {
    mode: focus ? (mode === 'benchmark' ? 'benchmark' : 'focus') : 'overview',
    focus,
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 1,
    hiddenTypes: new Set(hide.filter((t): t is NodeType => (NODE_TYPES as string[]).includes(t))),
    hiddenRelations: new Set(list(p.get('rel'))),
    question: p.get('q'),
    hovered: null,
    selected: p.get('sel'),
    highlight: null,
  };
}

export function urlFromState(state: ViewState): string {
  const p = new URLSearchParams();
  if (state.focus && state.mode !== 'overview') {
    p.set('focus', state.focus);
    if (state.mode === 'benchmark') p.set('mode', 'benchmark');
    if (state.mode === 'focus' && state.depth !== 1) p.set('depth', String(state.depth));
  }
  if (state.selected && state.selected !== p.get('focus')) p.set('sel', state.selected);
  const hidden = [...state.hiddenTypes].sort().join(',');
  if (hidden !== [...DEFAULT_HIDDEN_TYPES].sort().join(',')) p.set('hide', hidden);
  if (state.hiddenRelations.size > 0) p.set('rel', [...state.hiddenRelations].sort().join(','));
  if (state.question) p.set('q', state.question);
  const qs = p.toString();
  return qs ? `?${qs}` : location.pathname;
}

export function writeUrl(state: ViewState): void {
  const next = urlFromState(state);
  if (next !== location.search && !(next === location.pathname && location.search === '')) {
    history.replaceState(null, '', next);
  }
}
