// Downloads of the current view: PNG (what is on screen, via @sigma/export-image) and GEXF (the
// loaded graph with positions, colours and sizes, for Gephi).
import { downloadAsPNG } from '@sigma/export-image';
import { write } from 'graphology-gexf/browser/index.js';
import { MultiDirectedGraph } from 'graphology';
import type { ViewGraph } from './graph-data.ts';
import type { ViewRenderer } from './renderer.ts';

export async function exportPng(renderer: ViewRenderer, name: string): Promise<void> {
  await downloadAsPNG(renderer, { fileName: name, backgroundColor: '#ffffff' });
}

/** The visible part of the graph with flat attributes that GEXF can hold. */
export function toGexf(graph: ViewGraph, isVisible: (node: string) => boolean): string {
  const out = new MultiDirectedGraph();
  graph.forEachNode((id, a) => {
    if (!isVisible(id)) return;
    out.addNode(id, { label: a.label, type: a.kind, aliases: a.aliases.join('; '), degree: a.degree, papers: a.papers, x: a.x, y: a.y, size: a.size, color: a.color });
  });
  graph.forEachEdge((id, a, s, t) => {
    if (!out.hasNode(s) || !out.hasNode(t)) return;
    out.addDirectedEdgeWithKey(id, s, t, { relation: a.relation, metric: a.metric ?? '', value: a.value ?? '', paper: a.paper ?? '', facts: a.count });
  });
  return write(out);
}

export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
