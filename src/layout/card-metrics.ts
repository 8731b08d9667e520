import type { DiagramNode } from '../schema';
import { NODE_METRICS } from './node-metrics';
import { type FontSpec, wrapText } from './text-metrics';

/** Text styles inside an expanded trade-off card. */
export type CardTextStyle = 'section' | 'body' | 'option' | 'pro' | 'con' | 'choice' | 'link' | 'chips';

/** One run of wrapped text in a card, at an offset from the card's top edge. */
export interface CardBlock {
  style: CardTextStyle;
  lines: string[];
  /** Distance from the card's top edge to this block's first line box, in px. */
  top: number;
  /** Indent from the card's left content edge, in px. */
  indent: number;
  /** For 'option' blocks: whether this option is the trade-off's choice. */
  chosen?: boolean;
  /** For 'link' blocks: the URL. */
  href?: string;
}

/** The box model of an expanded card, shared by layout and the views. */
export const CARD_METRICS = {
  width: 360,
  paddingX: 14,
  paddingBottom: 14,
  sectionGap: 10,
  blockGap: 4,
  bulletIndent: 14,
  styles: {
    section: { size: 11, weight: 600, lineHeight: 16 },
    body: { size: 12, weight: 400, lineHeight: 17 },
    option: { size: 12, weight: 600, lineHeight: 17 },
    pro: { size: 12, weight: 400, lineHeight: 17 },
    con: { size: 12, weight: 400, lineHeight: 17 },
    choice: { size: 12, weight: 400, lineHeight: 17 },
    link: { size: 12, weight: 400, lineHeight: 17 },
    chips: { size: 11, weight: 400, lineHeight: 20 },
  } satisfies Record<CardTextStyle, FontSpec & { lineHeight: number }>,
} as const;

/**
 * Lays out the content of an expanded node as blocks of wrapped text with their offsets, and the
 * card's outer size. The card header repeats the collapsed node (label and detail).
 */
export function buildCard(
  node: DiagramNode,
  header: { textHeight: number },
): { width: number; height: number; blocks: CardBlock[] } {
  const m = CARD_METRICS;
  const contentWidth = m.width - m.paddingX * 2;
  const blocks: CardBlock[] = [];
  let y = NODE_METRICS.paddingY + Math.max(NODE_METRICS.iconSize, header.textHeight);
  const add = (style: CardTextStyle, text: string, gap: number, indent = 0, extra: Partial<CardBlock> = {}) => {
    const font = m.styles[style];
    const lines = wrapText(
      text,
      contentWidth - indent - (style === 'pro' || style === 'con' ? m.bulletIndent : 0),
      font,
    );
    y += gap;
    blocks.push({ style, lines, top: y, indent, ...extra });
    y += lines.length * font.lineHeight;
  };
  if (node.tech?.length) add('chips', node.tech.join(' · '), m.sectionGap);
  for (const tradeoff of node.tradeoffs ?? []) {
    add('section', tradeoff.topic.toUpperCase(), m.sectionGap);
    for (const option of tradeoff.options) {
      const chosen = option.name === tradeoff.choice;
      add('option', chosen ? `${option.name} (chosen)` : option.name, m.blockGap, 0, { chosen });
      for (const pro of option.pros ?? []) add('pro', pro, 0, m.bulletIndent);
      for (const con of option.cons ?? []) add('con', con, 0, m.bulletIndent);
    }
    if (tradeoff.rationale) add('choice', `Why: ${tradeoff.rationale}`, m.blockGap);
  }
  if (node.notes) {
    add('section', 'NOTES', m.sectionGap);
    add('body', node.notes, m.blockGap);
  }
  for (const link of node.links ?? []) add('link', link.label, m.blockGap, 0, { href: link.url });
  return { width: m.width, height: Math.ceil(y + m.paddingBottom), blocks };
}
