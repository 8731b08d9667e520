import { Timer } from 'lucide-react';
import { useMemo } from 'react';
import type { Diagram } from '../schema';
import { latencyRequirement, requestCriticalPath } from './latency';

/**
 * The request path's total latency (the slowest chain of request edges, summing `latencyMs`)
 * next to the diagram's latency requirement, flagged when the sum is over. Renders nothing when
 * no node on the request path has a latency budget.
 */
export function LatencySummary({ diagram }: { diagram: Diagram }) {
  const path = useMemo(() => requestCriticalPath(diagram), [diagram]);
  const requirement = useMemo(() => latencyRequirement(diagram), [diagram]);
  if (!path || path.totalMs === 0) return null;
  const over = requirement !== undefined && path.totalMs > requirement.limitMs;
  const names = new Map(diagram.nodes.map((n) => [n.id, n.label]));
  const chain = path.nodes.map((id) => names.get(id) ?? id).join(' → ');
  return (
    <p className="mlsd-latency" data-over={over} title={`Slowest request chain: ${chain}`}>
      <Timer size={13} aria-hidden="true" />
      <span className="mlsd-sr-only">Request path latency:</span>
      <span className="mlsd-latency-total">{path.totalMs} ms</span>
      {requirement && (
        <span className="mlsd-latency-limit">
          {over ? 'over' : 'of'} {requirement.limitMs} ms
          <span className="mlsd-sr-only">
            {' '}
            ({requirement.label}: {requirement.value})
          </span>
        </span>
      )}
    </p>
  );
}
