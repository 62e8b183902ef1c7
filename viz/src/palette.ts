// Colours and order of node types and relation types: one palette for nodes, legend and panel.
import type { NodeType } from '../../src/serve/api-schema.ts';

export const NODE_TYPES: NodeType[] = ['Model', 'Benchmark', 'Dataset', 'Paper', 'Metric', 'URL'];

export const TYPE_COLORS: Record<NodeType, string> = {
  Model: '#3b5bdb',
  Benchmark: '#e8590c',
  Dataset: '#2f9e44',
  Paper: '#868e96',
  Metric: '#ae3ec9',
  URL: '#0c8599',
};

/** Soft tints for chips in the panel. */
export const TYPE_TINTS: Record<NodeType, string> = {
  Model: '#edf2ff',
  Benchmark: '#fff4e6',
  Dataset: '#ebfbee',
  Paper: '#f1f3f5',
  Metric: '#f8f0fc',
  URL: '#e3fafc',
};

export const RELATION_TYPES = ['EVALUATED_ON', 'TRAINED_ON', 'OUTPERFORMS', 'INTRODUCES', 'LINKS_TO'] as const;

export const RELATION_COLORS: Record<string, string> = {
  EVALUATED_ON: 'rgba(240, 140, 60, 0.45)',
  TRAINED_ON: 'rgba(64, 170, 90, 0.4)',
  OUTPERFORMS: 'rgba(80, 110, 220, 0.35)',
  INTRODUCES: 'rgba(130, 140, 155, 0.4)',
  LINKS_TO: 'rgba(20, 150, 170, 0.4)',
};

export const RELATION_LABELS: Record<string, string> = {
  EVALUATED_ON: 'evaluated on',
  TRAINED_ON: 'trained on',
  OUTPERFORMS: 'outperforms',
  INTRODUCES: 'introduces',
  LINKS_TO: 'links to',
};

export const DIM_NODE = '#e4e7ee';
export const DEFAULT_EDGE = '#d6dbe4';
export const ACTIVE_EDGE = '#5c6a86';

export function typeColor(type: string): string {
  return TYPE_COLORS[type as NodeType] ?? '#868e96';
}
