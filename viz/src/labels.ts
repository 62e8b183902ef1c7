// Canvas drawing of node labels and hover cards: a white halo keeps labels readable over edges at
// any zoom, and the hover card shows the name with its type.
import type { Settings } from 'sigma/settings';
import type { Attributes } from 'graphology-types';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { kind?: string };

const FONT = 'Inter, "Segoe UI", system-ui, -apple-system, Arial, sans-serif';

export function drawLabel<N extends Attributes, E extends Attributes, G extends Attributes>(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void {
  if (!data.label) return;
  const size = settings.labelSize + (data.highlighted ? 1 : 0);
  ctx.font = `${data.highlighted ? 700 : 500} ${size}px ${FONT}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  ctx.lineWidth = 3.5;
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(255,255,255,0.92)';
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = '#1d2433';
  ctx.fillText(data.label, x, y);
}

export function drawHover<N extends Attributes, E extends Attributes, G extends Attributes>(ctx: CanvasRenderingContext2D, data: LabelData, settings: Settings<N, E, G>): void {
  const size = settings.labelSize + 1;
  const label = data.label ?? '';
  const kind = data.kind ?? '';
  ctx.font = `700 ${size}px ${FONT}`;
  const nameWidth = ctx.measureText(label).width;
  ctx.font = `500 ${size - 2}px ${FONT}`;
  const kindWidth = kind ? ctx.measureText(kind).width + 10 : 0;
  const pad = 6;
  const w = nameWidth + kindWidth + data.size + pad * 2 + 6;
  const h = size + pad * 2;
  const x = data.x - data.size - 3;
  const y = data.y - h / 2;
  ctx.save();
  ctx.shadowColor = 'rgba(16,24,40,0.18)';
  ctx.shadowBlur = 10;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(x, y, w + data.size + 3, h, h / 2);
  ctx.fill();
  ctx.restore();
  ctx.fillStyle = data.color;
  ctx.beginPath();
  ctx.arc(data.x, data.y, data.size + 1.5, 0, Math.PI * 2);
  ctx.fill();
  const tx = data.x + data.size + pad;
  ctx.fillStyle = '#1d2433';
  ctx.font = `700 ${size}px ${FONT}`;
  ctx.fillText(label, tx, data.y + size / 3);
  if (kind) {
    ctx.fillStyle = '#8a93a6';
    ctx.font = `500 ${size - 2}px ${FONT}`;
    ctx.fillText(kind, tx + nameWidth + 8, data.y + size / 3);
  }
}

export const LABEL_FONT = FONT;
