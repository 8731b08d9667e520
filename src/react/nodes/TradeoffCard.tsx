import { buildCard, CARD_METRICS, sizeCollapsedNode } from '../../layout';
import type { DiagramNode } from '../../schema';

/** The body of an expanded node: technologies, trade-offs, notes and links, as laid out. */
export function TradeoffCard({ node }: { node: DiagramNode }) {
  const card = buildCard(node, sizeCollapsedNode(node));
  const m = CARD_METRICS;
  return (
    <div className="mlsd-card">
      {card.blocks.map((block, i) => {
        const style = m.styles[block.style];
        const common = {
          className: `mlsd-card-${block.style}`,
          'data-chosen': block.chosen ? 'true' : undefined,
          style: {
            position: 'absolute' as const,
            top: block.top,
            left: m.paddingX + block.indent,
            right: m.paddingX,
            fontSize: style.size,
            fontWeight: style.weight,
            lineHeight: `${style.lineHeight}px`,
          },
        };
        const lines = block.lines.map((line, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
          <span key={j} className="mlsd:block">
            {line}
          </span>
        ));
        return block.href ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional
          <a key={i} {...common} href={block.href} target="_blank" rel="noopener noreferrer nofollow">
            {lines}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional
          <div key={i} {...common}>
            {lines}
          </div>
        );
      })}
    </div>
  );
}
