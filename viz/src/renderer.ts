// The sigma renderer and its reducers: hidden types/relations disappear, the hovered or selected
// node lights up with its neighbours and edge labels ("metric = value"). Up to LARGE_GRAPH items
// the rest dims (a full redraw); above it only the lit items are redrawn, so 20k nodes stay fluid.
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { edgeLabel, type EdgeAttrs, type GraphAttrs, type NodeAttrs, type ViewGraph } from './graph-data.ts';
import { drawHover, drawLabel, LABEL_FONT } from './labels.ts';
import { ACTIVE_EDGE, DIM_NODE } from './palette.ts';
import type { ViewState } from './view-state.ts';

export type ViewRenderer = Sigma<NodeAttrs, EdgeAttrs, GraphAttrs>;

/** Above this many nodes + edges, highlighting does not dim the rest (that would redraw everything). */
export const LARGE_GRAPH = 30_000;

/** Longer labels (paper titles) are cut on the canvas; the panel shows them whole. */
const MAX_LABEL = 40;

/** The nodes lit up right now: hovered or selected node and its neighbours, else the highlight set. */
interface Active {
  centre: string | null;
  nodes: Set<string>;
  edges: Set<string>;
}

export function activeSet(graph: ViewGraph, state: ViewState): Active | null {
  const centre = state.hovered ?? state.selected;
  if (centre && graph.hasNode(centre)) {
    const nodes = new Set<string>([centre]);
    graph.forEachNeighbor(centre, (n) => nodes.add(n));
    return { centre, nodes, edges: new Set(graph.edges(centre)) };
  }
  if (state.highlight && state.highlight.size > 0) {
    const nodes = state.highlight;
    const edges = new Set<string>();
    for (const n of nodes) if (graph.hasNode(n)) graph.forEachEdge(n, (e, _a, s, t) => nodes.has(s) && nodes.has(t) && edges.add(e));
    return { centre: null, nodes, edges };
  }
  return null;
}

export interface RendererHandle {
  sigma: ViewRenderer;
  /** recompute the lit-up set after the state changed, and redraw what changed */
  refreshHighlight(): void;
  /** redraw every item (after filters changed) */
  refreshAll(): void;
}

export function createRenderer(container: HTMLElement, graph: ViewGraph, state: ViewState, opts: { edgeLabelsAlways: () => boolean }): RendererHandle {
  let active: Active | null = null;
  let dimOthers = true;
  let large = false;
  /** large graphs: thin edges, and edges and labels hidden while the camera moves */
  const sizeUp = () => {
    large = graph.order + graph.size > LARGE_GRAPH;
    dimOthers = !large;
    renderer.setSetting('hideEdgesOnMove', large);
    renderer.setSetting('hideLabelsOnMove', large);
  };

  const renderer = new Sigma<NodeAttrs, EdgeAttrs, GraphAttrs>(graph, container, {
    renderLabels: true,
    renderEdgeLabels: true,
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 7,
    edgeLabelFont: LABEL_FONT,
    edgeLabelSize: 11.5,
    edgeLabelWeight: '600',
    edgeLabelColor: { color: '#3d4759' },
    defaultDrawNodeLabel: drawLabel,
    defaultDrawNodeHover: drawHover,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 40,
    // one-pixel GL lines: on large graphs thick edge quads cost most of a frame
    edgeProgramClasses: { fast: EdgeLineProgram },
    nodeReducer: (node, data) => {
      if (state.hiddenTypes.has(data.kind)) return { ...data, hidden: true };
      const out: Partial<NodeDisplayData> & NodeAttrs = { ...data };
      if (data.label.length > MAX_LABEL) out.label = `${data.label.slice(0, MAX_LABEL - 1).trimEnd()}…`;
      if (active) {
        if (active.nodes.has(node)) {
          out.zIndex = 2;
          out.forceLabel = active.nodes.size <= 80;
          out.highlighted = node === active.centre;
        } else if (dimOthers) {
          out.color = DIM_NODE;
          out.label = '';
          out.zIndex = 0;
        }
      }
      if (node === state.selected) {
        out.highlighted = true;
        out.forceLabel = true;
      }
      return out;
    },
    edgeReducer: (edge, data) => {
      if (state.hiddenRelations.has(data.relation) || state.hiddenTypes.has(data.sourceKind) || state.hiddenTypes.has(data.targetKind)) {
        return { ...data, hidden: true };
      }
      const lit = active !== null && active.edges.has(edge);
      if (active && !lit && dimOthers) return { ...data, hidden: true };
      if (!lit && !opts.edgeLabelsAlways()) return large ? { ...data, type: 'fast' } : data;
      const out: Partial<EdgeDisplayData> & EdgeAttrs = { ...data, label: edgeLabel(data), forceLabel: true, zIndex: 1 };
      
      if (lit) {
        out.color = ACTIVE_EDGE;
        out.size = 1.8;
      }
      return out;
    },
  });

  return {
    sigma: renderer,
    refreshAll() {
      active = activeSet(graph, state);
      sizeUp();
      renderer.refresh();
    },
    refreshHighlight() {
      const before = active;
      active = activeSet(graph, state);
      if (!large) {
        renderer.refresh({ skipIndexation: true });
        return;
      }
      // large graph: only the items lit before or now change their look
      const nodes = new Set([...(before?.nodes ?? []), ...(active?.nodes ?? [])]);
      const edges = new Set([...(before?.edges ?? []), ...(active?.edges ?? [])]);
      if (state.selected) nodes.add(state.selected);
      renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
    },
  };
}

/** Move the camera (animated) so the nodes fill the stage: a node and its neighbours, an answer. */
export function frameNodes(renderer: ViewRenderer, nodes: Iterable<string>): Promise<void> {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n);
    if (!d || d.hidden) continue;
    minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x); minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return Promise.resolve();
  const extent = Math.max(maxX - minX, maxY - minY);
  const ratio = Math.min(1.1, Math.max(0.08, extent * 1.6));
  return renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
}
