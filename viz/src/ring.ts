// Benchmark focus layout: the benchmark in the middle, the models evaluated on it on a circle around
// it, best score first (clockwise from the top), so the ring reads like a leaderboard.
import type { ViewGraph } from './graph-data.ts';

export function placeRing(graph: ViewGraph, centre: string): void {
  if (!graph.hasNode(centre)) return;
  graph.setNodeAttribute(centre, 'x', 0);
  graph.setNodeAttribute(centre, 'y', 0);
  const scored = graph.neighbors(centre).map((n) => {
    const values = graph.edges(n, centre).map((e) => graph.getEdgeAttribute(e, 'value')).filter((v): v is number => v !== null);
    return { n, best: values.length ? Math.max(...values) : -Infinity, label: graph.getNodeAttribute(n, 'label') };
  });
  scored.sort((a, b) => b.best - a.best || a.label.localeCompare(b.label));
  const radius = Math.max(60, scored.length * 9);
  scored.forEach(({ n }, i) => {
    // graph y grows upwards: start at the top and go clockwise
    const angle = Math.PI / 2 - (2 * Math.PI * i) / Math.max(1, scored.length);
    graph.mergeNodeAttributes(n, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}
