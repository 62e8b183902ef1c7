// Legend and filters: one checkbox per node type (with its colour and count) and per relation type.
import type { NodeType } from '../../src/serve/api-schema.ts';
import { byId, clear, h } from './dom.ts';
import type { ViewGraph } from './graph-data.ts';
import { NODE_TYPES, RELATION_COLORS, RELATION_LABELS, RELATION_TYPES, typeColor } from './palette.ts';
import type { ViewState } from './view-state.ts';

export function renderFilters(graph: ViewGraph, state: ViewState, onChange: () => void): void {
  const typeCounts = new Map<string, number>();
  graph.forEachNode((_, a) => typeCounts.set(a.kind, (typeCounts.get(a.kind) ?? 0) + 1));
  const relCounts = new Map<string, number>();
  graph.forEachEdge((_, a) => relCounts.set(a.relation, (relCounts.get(a.relation) ?? 0) + 1));

  const types = byId('type-filters');
  clear(types);
  for (const type of NODE_TYPES) {
    const box = h('input', { type: 'checkbox', dataset: { type } }) as HTMLInputElement;
    box.checked = !state.hiddenTypes.has(type);
    box.addEventListener('change', () => {
      if (box.checked) state.hiddenTypes.delete(type as NodeType);
      else state.hiddenTypes.add(type as NodeType);
      onChange();
    });
    types.append(h('li', null, h('label', null, box, h('span', { className: 'swatch', style: `background:${typeColor(type)}` }), type,
      h('span', { className: 'filter-count' }, String(typeCounts.get(type) ?? 0)))));
  }

  const rels = byId('relation-filters');
  clear(rels);
  for (const rel of RELATION_TYPES) {
    const box = h('input', { type: 'checkbox', dataset: { relation: rel } }) as HTMLInputElement;
    box.checked = !state.hiddenRelations.has(rel);
    box.addEventListener('change', () => {
      if (box.checked) state.hiddenRelations.delete(rel);
      else state.hiddenRelations.add(rel);
      onChange();
    });
    rels.append(h('li', null, h('label', null, box, h('span', { className: 'swatch line', style: `background:${RELATION_COLORS[rel]}` }), RELATION_LABELS[rel] ?? rel,
      h('span', { className: 'filter-count' }, String(relCounts.get(rel) ?? 0)))));
  }
}
