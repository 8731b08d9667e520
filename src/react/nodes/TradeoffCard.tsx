import { buildCard, CARD_METRICS } from '../../layout/card-metrics';
import { sizeCollapsedNode } from '../../layout/node-metrics';
import type { DiagramNode } from '../../schema';
import { isSafeUrl } from '../../schema/safe-url';

/**
 * The body of an expanded node — technologies, each trade-off's options with pros and cons (the
 * choice highlighted) and rationale, notes and links — drawn at exactly the offsets and line
 * breaks `buildCard` measured, so nothing clips.
 */
export function TradeoffCard({ node, id }: { node: DiagramNode; id?: string }) {
  const card = buildCard(node, sizeCollapsedNode(node));
  const m = CARD_METRICS;
  return (
    <div className="mlsd-card" id={id}>
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
        // Links were checked when the diagram was validated; checking again costs nothing and keeps
        // a javascript: URL out even while a trusted diagram's validation is still pending.
        return block.href && isSafeUrl(block.href) ? (
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
