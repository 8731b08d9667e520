import { Handle, type NodeProps, Position } from '@xyflow/react';
import { Funnel } from 'lucide-react';
import { useId } from 'react';
import { NODE_METRICS } from '../../layout/node-metrics';
import type { DiagramNode } from '../../schema';
import { KIND_STYLE, LatencyIcon } from '../kind-style';
import { useCompact } from '../level-of-detail';
import type { ComponentFlowNode } from '../to-flow';
import { NodeHeader } from './NodeHeader';
import { TradeoffCard } from './TradeoffCard';

/**
 * A system component: icon, wrapped label and detail exactly as laid out. A node with trade-off
 * notes is a disclosure: its header is a button with `aria-expanded`, and once the layout has
 * made room, the card opens in place below it.
 */
export function ComponentNode({ data }: NodeProps<ComponentFlowNode>) {
  const { node, box, expanded } = data;
  const kind = KIND_STYLE[node.kind];
  const Icon = kind.icon;
  const m = NODE_METRICS;
  const expandable = hasCardContent(node);
  const cardId = useId();
  // Seen from far in a large diagram: the accent, the label and the disclosure, nothing finer.
  const compact = useCompact() && !box.expanded;
  const name = accessibleName(node);
  return (
    <div
      className={`mlsd-node${compact ? ' mlsd-node-compact' : ''} mlsd:relative mlsd:h-full mlsd:w-full mlsd:rounded-lg mlsd:border mlsd:text-left`}
      data-kind={node.kind}
      data-accent={kind.accent}
      data-state={expanded && !compact ? 'open' : 'closed'}
      data-expandable={expandable ? 'true' : 'false'}
      style={{
        padding: `${m.paddingY}px ${m.paddingX}px`,
        // The label stays where the full node puts it, right of the icon.
        paddingLeft: compact ? m.paddingX + m.iconSize + m.iconGap : undefined,
      }}
    >
      <Handle type="target" position={Position.Left} className="mlsd-handle" isConnectable={false} />
      {compact ? (
        <NodeHeader name={name} expanded={expandable ? false : undefined} controls={undefined} labelled>
          <Lines className="mlsd-node-label" lines={box.labelLines} lineHeight={m.label.lineHeight} />
        </NodeHeader>
      ) : (
        <NodeHeader
          name={name}
          expanded={expandable ? expanded : undefined}
          controls={expandable && box.expanded ? cardId : undefined}
        >
          <span className="mlsd:flex" style={{ gap: m.iconGap }}>
            <span
              className="mlsd-node-icon mlsd:flex mlsd:shrink-0 mlsd:items-center mlsd:justify-center mlsd:rounded-md"
              style={{ width: m.iconSize, height: m.iconSize }}
              aria-hidden="true"
            >
              <Icon size={16} strokeWidth={2} />
            </span>
            <span className="mlsd:block mlsd:min-w-0">
              <Lines className="mlsd-node-label" lines={box.labelLines} lineHeight={m.label.lineHeight} />
              {/* Read between label and detail, so the accessible name is "label, kind, detail". */}
              <span className="mlsd-sr-only">, {kind.name}, </span>
              {box.detailLines.length > 0 && (
                <Lines
                  className="mlsd-node-detail"
                  lines={box.detailLines}
                  lineHeight={m.detail.lineHeight}
                  marginTop={m.detailGap}
                />
              )}
              {(node.latencyMs !== undefined || node.volume) && (
                <span
                  className="mlsd-node-badges mlsd:flex mlsd:flex-wrap mlsd:items-center"
                  style={{ minHeight: m.badgeRow, columnGap: m.badge.gap }}
                >
                  {node.latencyMs !== undefined && (
                    <span className="mlsd-badge" title="Latency budget">
                      <LatencyIcon size={11} aria-hidden="true" /> {node.latencyMs} ms
                      <span className="mlsd-sr-only"> budget</span>
                    </span>
                  )}{' '}
                  {node.volume && (
                    <span className="mlsd-badge mlsd-badge-funnel" title="Candidate volume at this step">
                      <Funnel size={m.badge.icon} aria-hidden="true" /> {node.volume}
                    </span>
                  )}
                </span>
              )}
            </span>
          </span>
        </NodeHeader>
      )}
      {expandable && box.expanded && <TradeoffCard id={cardId} node={node} />}
      <Handle type="source" position={Position.Right} className="mlsd-handle" isConnectable={false} />
    </div>
  );
}

/** Text broken into the lines the layout measured: one element, the breaks kept by `white-space: pre`. */
function Lines(props: { className: string; lines: readonly string[]; lineHeight: number; marginTop?: number }) {
  return (
    <span
      className={`${props.className} mlsd:block`}
      style={{ lineHeight: `${props.lineHeight}px`, marginTop: props.marginTop }}
    >
      {props.lines.join('\n')}
    </span>
  );
}

/** What a screen reader announces for a node: its label, its kind and its detail. */
export function accessibleName(node: DiagramNode): string {
  const parts = [node.label, KIND_STYLE[node.kind].name, node.detail];
  if (node.latencyMs !== undefined) parts.push(`${node.latencyMs} ms budget`);
  if (node.volume) parts.push(node.volume);
  return parts.filter(Boolean).join(', ');
}

/** Whether a node has anything to show when expanded. */
export function hasCardContent(node: DiagramNode): boolean {
  return Boolean(node.tech?.length || node.tradeoffs?.length || node.notes || node.links?.length);
}
