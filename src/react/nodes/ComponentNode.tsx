import { Handle, type NodeProps, Position } from '@xyflow/react';
import { NODE_METRICS } from '../../layout';
import { KIND_STYLE, LatencyIcon } from '../kind-style';
import type { ComponentFlowNode } from '../to-flow';
import { TradeoffCard } from './TradeoffCard';

/** A system component: icon, wrapped label and detail exactly as laid out; expands into its card. */
export function ComponentNode({ data }: NodeProps<ComponentFlowNode>) {
  const { node, box, expanded } = data;
  const kind = KIND_STYLE[node.kind];
  const Icon = kind.icon;
  const m = NODE_METRICS;
  const expandable = hasCardContent(node);
  return (
    <div
      className="mlsd-node mlsd:relative mlsd:h-full mlsd:w-full mlsd:rounded-lg mlsd:border mlsd:text-left"
      data-kind={node.kind}
      data-accent={kind.accent}
      data-state={expanded ? 'open' : 'closed'}
      style={{ padding: `${m.paddingY}px ${m.paddingX}px` }}
    >
      <Handle type="target" position={Position.Left} className="mlsd-handle" isConnectable={false} />
      <div className="mlsd:flex" style={{ gap: m.iconGap }}>
        <span
          className="mlsd-node-icon mlsd:flex mlsd:shrink-0 mlsd:items-center mlsd:justify-center mlsd:rounded-md"
          style={{ width: m.iconSize, height: m.iconSize }}
          aria-hidden="true"
        >
          <Icon size={16} strokeWidth={2} />
        </span>
        <span className="mlsd:block mlsd:min-w-0">
          <span className="mlsd-node-label mlsd:block" style={{ lineHeight: `${m.label.lineHeight}px` }}>
            {box.labelLines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
              <span key={i} className="mlsd:block">
                {line}
              </span>
            ))}
          </span>
          {box.detailLines.length > 0 && (
            <span
              className="mlsd-node-detail mlsd:block"
              style={{ lineHeight: `${m.detail.lineHeight}px`, marginTop: m.detailGap }}
            >
              {box.detailLines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
                <span key={i} className="mlsd:block">
                  {line}
                </span>
              ))}
            </span>
          )}
          {(node.latencyMs !== undefined || node.volume) && (
            <span className="mlsd-node-badges mlsd:flex mlsd:items-center" style={{ height: m.badgeRow, gap: 6 }}>
              {node.latencyMs !== undefined && (
                <span className="mlsd-badge" title="Latency budget">
                  <LatencyIcon size={11} aria-hidden="true" /> {node.latencyMs} ms
                </span>
              )}
              {node.volume && (
                <span className="mlsd-badge" title="Candidate volume">
                  {node.volume}
                </span>
              )}
            </span>
          )}
        </span>
      </div>
      {expanded && expandable && <TradeoffCard node={node} />}
      <Handle type="source" position={Position.Right} className="mlsd-handle" isConnectable={false} />
    </div>
  );
}

/** Whether a node has anything to show when expanded. */
export function hasCardContent(node: ComponentFlowNode['data']['node']): boolean {
  return Boolean(node.tech?.length || node.tradeoffs?.length || node.notes || node.links?.length);
}
