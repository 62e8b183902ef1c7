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
  EVALUATED_ON: 'rgba(232, 120, 40, 0.75)',
  TRAINED_ON: 'rgba(47, 158, 68, 0.7)',
  OUTPERFORMS: 'rgba(59, 91, 219, 0.6)',
  INTRODUCES: 'rgba(120, 130, 145, 0.5)',
  LINKS_TO: 'rgba(12, 133, 153, 0.5)',
};

export const RELATION_LABELS: Record<string, string> = {
  EVALUATED_ON: 'evaluated on',
  TRAINED_ON: 'trained on',
  OUTPERFORMS: 'outperforms',
  INTRODUCES: 'introduces',
  LINKS_TO: 'links to',
};

export const DIM_NODE = '#e9ecf2';
export const DEFAULT_EDGE = '#d6dbe4';
export const ACTIVE_EDGE = '#5c6a86';

export function typeColor(type: string): string {
  return TYPE_COLORS[type as NodeType] ?? '#868e96';
}
