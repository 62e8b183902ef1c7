// GraphML writer for a graphology graph (graphology-graphml only parses): one <key> per attribute with
// its inferred type, XML-escaped values, stable node and edge ids.
import type { AbstractGraph } from 'graphology-types';

type Kind = 'node' | 'edge';
type XmlType = 'string' | 'double' | 'boolean';

export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function typeOf(value: unknown): XmlType {
  return typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
}

function collectKeys(entries: Iterable<Record<string, unknown>>): Map<string, XmlType> {
  const keys = new Map<string, XmlType>();
  for (const attributes of entries) {
    for (const [name, value] of Object.entries(attributes)) {
      const type = typeOf(value);
      const seen = keys.get(name);
      keys.set(name, seen && seen !== type ? 'string' : type);
    }
  }
  return keys;
}

export function writeGraphml(graph: AbstractGraph): string {
  const nodeKeys = collectKeys(graph.mapNodes((_, a) => a));
  const edgeKeys = collectKeys(graph.mapEdges((_, a) => a));
  const keyId = (kind: Kind, name: string) => `${kind[0]}_${name}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  ];
  for (const [kind, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const [name, type] of keys) {
      lines.push(`  <key id="${xmlEscape(keyId(kind, name))}" for="${kind}" attr.name="${xmlEscape(name)}" attr.type="${type}"/>`);
    }
  }
  lines.push(`  <graph id="medkg" edgedefault="directed">`);
  const data = (kind: Kind, attributes: Record<string, unknown>) =>
    Object.entries(attributes).map(([name, value]) => `<data key="${xmlEscape(keyId(kind, name))}">${xmlEscape(String(value))}</data>`).join('');
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${xmlEscape(node)}">${data('node', attributes)}</node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(`    <edge id="${xmlEscape(edge)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">${data('edge', attributes)}</edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
