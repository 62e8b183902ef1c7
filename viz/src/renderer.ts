// The sigma renderer and its reducers: hidden types/relations disappear, the hovered or selected
// node lights up with its neighbours (the rest dims), highlighted edges carry "metric = value".
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { edgeLabel, type EdgeAttrs, type NodeAttrs, type ViewGraph } from './graph-data.ts';
import { drawHover, drawLabel, LABEL_FONT } from './labels.ts';
import { ACTIVE_EDGE, DIM_NODE } from './palette.ts';
import type { ViewState } from './view-state.ts';

export type ViewRenderer = Sigma<NodeAttrs, EdgeAttrs>;

/** The nodes lit up right now: hovered or selected node and its neighbours, else the highlight set. */
interface Active {
  centre: string | null;
  nodes: Set<string>;
}

export function activeSet(graph: ViewGraph, state: ViewState): Active | null {
  const centre = state.hovered ?? state.selected;
  if (centre && graph.hasNode(centre)) {
    const nodes = new Set<string>([centre]);
    graph.forEachNeighbor(centre, (n) => nodes.add(n));
    return { centre, nodes };
  }
  if (state.highlight && state.highlight.size > 0) return { centre: null, nodes: state.highlight };
  return null;
}

export interface RendererHandle {
  sigma: ViewRenderer;
  /** recompute the lit-up set after the state changed, and redraw */
  refreshHighlight(): void;
}

export function createRenderer(container: HTMLElement, graph: ViewGraph, state: ViewState, opts: { edgeLabelsAlways: () => boolean }): RendererHandle {
  let active: Active | null = null;
  const large = () => graph.size > 20_000;

  const renderer = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
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
    hideEdgesOnMove: false,
    nodeReducer: (node, data) => {
      if (state.hiddenTypes.has(data.kind)) return { ...data, hidden: true };
      const out: Partial<NodeDisplayData> & NodeAttrs = { ...data };
      if (active) {
        if (active.nodes.has(node)) {
          out.zIndex = 2;
          out.forceLabel = active.nodes.size <= 80;
          out.highlighted = node === active.centre || (active.centre === null && node === state.selected);
        } else {
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
      if (state.hiddenRelations.has(data.relation)) return { ...data, hidden: true };
      const [s, t] = graph.extremities(edge);
      if (state.hiddenTypes.has(graph.getNodeAttribute(s, 'kind')) || state.hiddenTypes.has(graph.getNodeAttribute(t, 'kind'))) {
        return { ...data, hidden: true };
      }
      const out: Partial<EdgeDisplayData> & EdgeAttrs = { ...data };
      const lit = active && (active.centre ? s === active.centre || t === active.centre : active.nodes.has(s) && active.nodes.has(t));
      if (active && !lit) return { ...data, hidden: true };
      if (lit || opts.edgeLabelsAlways()) {
        out.label = edgeLabel(data);
        out.forceLabel = true;
        out.color = lit ? ACTIVE_EDGE : data.color;
        out.size = lit ? 1.8 : data.size;
        out.zIndex = 1;
      }
      return out;
    },
  });

  return {
    sigma: renderer,
    refreshHighlight() {
      active = activeSet(graph, state);
      renderer.setSetting('hideEdgesOnMove', large());
      renderer.refresh({ skipIndexation: true });
    },
  };
}

/** Move the camera to a node (animated), keeping the zoom if it is already close. */
export function centreOn(renderer: ViewRenderer, node: string, ratio = 0.35): Promise<void> {
  const pos = renderer.getNodeDisplayData(node);
  if (!pos) return Promise.resolve();
  const camera = renderer.getCamera();
  return camera.animate({ x: pos.x, y: pos.y, ratio: Math.min(camera.ratio, ratio) }, { duration: 500 });
}
