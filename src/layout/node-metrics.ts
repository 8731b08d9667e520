import type { DiagramNode } from '../schema';
import { type FontSpec, measureText, widestLine, wrapText } from './text-metrics';

/**
 * The box model of a node card, shared by layout (to size it) and the views (to draw it), so the
 * text drawn is exactly the text measured.
 */
export const NODE_METRICS = {
  paddingX: 12,
  paddingY: 10,
  iconSize: 28,
  iconGap: 10,
  minWidth: 176,
  maxWidth: 248,
  minHeight: 56,
  label: { size: 13, weight: 600, lineHeight: 18 } satisfies FontSpec & { lineHeight: number },
  detail: { size: 12, weight: 400, lineHeight: 16 } satisfies FontSpec & { lineHeight: number },
  detailGap: 2,
  /** Height of one row of badges (latency budget, candidate volume). */
  badgeRow: 20,
  /** Box model of a badge: padding each side, icon, gap to its text, gap between badges. */
  badge: { size: 11, weight: 400, paddingX: 5, icon: 11, iconGap: 3, gap: 6 },
} as const;

/** Font and box model of edge and group labels. */
/** The stage chip beside a lane title: gap to the title, chrome (padding, border, icon and its gap), font. */
export const STAGE_CHIP_METRICS = { gap: 8, chrome: 6 * 2 + 2 + 11 + 3, font: { size: 10, weight: 600 } } as const;

export const LABEL_METRICS = {
  edge: { size: 11, weight: 400, lineHeight: 14, maxWidth: 140, paddingX: 4, paddingY: 2 },
  group: { size: 12, weight: 600, lineHeight: 16, padding: 16, titleHeight: 32 },
} as const;

/** Widths of the badges a node shows under its text: latency budget, then candidate volume. */
function badgeWidths(node: DiagramNode): number[] {
  const b = NODE_METRICS.badge;
  const chrome = b.paddingX * 2 + b.icon + b.iconGap;
  const widths: number[] = [];
  if (node.latencyMs !== undefined) widths.push(Math.ceil(chrome + measureText(`${node.latencyMs} ms`, b)));
  if (node.volume) widths.push(Math.ceil(chrome + measureText(node.volume, b)));
  return widths;
}

/** The wrapped text and outer size of a collapsed node. */
export function sizeCollapsedNode(node: DiagramNode): {
  width: number;
  height: number;
  labelLines: string[];
  detailLines: string[];
  /** Height of the text column (label, detail, badges), which an expanded card repeats as its header. */
  textHeight: number;
} {
  const m = NODE_METRICS;
  const textLeft = m.paddingX + m.iconSize + m.iconGap;
  const maxText = m.maxWidth - textLeft - m.paddingX;
  const labelLines = wrapText(node.label, maxText, m.label);
  const detailLines = node.detail ? wrapText(node.detail, maxText, m.detail) : [];
  const badges = badgeWidths(node);
  const badgesInOneRow = badges.reduce((sum, w) => sum + w, 0) + m.badge.gap * Math.max(0, badges.length - 1);
  const badgeRows = badges.length === 0 ? 0 : badgesInOneRow <= maxText ? 1 : badges.length;
  const badgeWidth = badgeRows === 1 ? badgesInOneRow : Math.max(0, ...badges);
  const textWidth = Math.max(widestLine(labelLines, m.label), widestLine(detailLines, m.detail), badgeWidth);
  const width = Math.ceil(Math.min(m.maxWidth, Math.max(m.minWidth, textLeft + textWidth + m.paddingX)));
  const textHeight =
    labelLines.length * m.label.lineHeight +
    (detailLines.length ? m.detailGap + detailLines.length * m.detail.lineHeight : 0) +
    badgeRows * m.badgeRow;
  const height = Math.ceil(Math.max(m.minHeight, m.paddingY * 2 + textHeight));
  return { width, height, labelLines, detailLines, textHeight };
}
