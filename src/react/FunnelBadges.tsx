import { ViewportPortal } from '@xyflow/react';
import { Funnel } from 'lucide-react';
import { useMemo } from 'react';
import type { DiagramLayout } from '../layout';
import type { Diagram } from '../schema';

/**
 * Candidate volumes as funnel badges on the top edge of every node on the request path that
 * declares a `volume` ("10B → 10k"), so the narrowing funnel reads along the path. Drawn in
 * flow coordinates, so they pan and zoom with the diagram; hidden nodes get no badge.
 */
export function FunnelBadges({
  diagram,
  layout,
  stateOf,
}: {
  diagram: Diagram;
  layout: DiagramLayout;
  /** How the node is currently shown: badges follow their node's dimming and hiding. */
  stateOf?: (id: string) => 'hidden' | 'dim' | undefined;
}) {
  const badges = useMemo(() => {
    const onRequest = new Set<string>();
    for (const edge of diagram.edges) if (edge.kind === 'request') onRequest.add(edge.from).add(edge.to);
    const boxes = new Map(layout.nodes.map((b) => [b.id, b]));
    return diagram.nodes.flatMap((node) => {
      const box = boxes.get(node.id);
      return box && node.volume && onRequest.has(node.id) ? [{ id: node.id, volume: node.volume, box }] : [];
    });
  }, [diagram, layout]);
  return (
    <ViewportPortal>
      {badges
        .filter((b) => stateOf?.(b.id) !== 'hidden')
        .map(({ id, volume, box }) => (
          <span
            key={id}
            className="mlsd-funnel"
            data-node={id}
            data-dim={stateOf?.(id) === 'dim' || undefined}
            title={`Candidates at this step: ${volume}`}
            style={{ transform: `translate(${box.x + box.width - 8}px, ${box.y}px) translate(-100%, -50%)` }}
          >
            <Funnel size={10} aria-hidden="true" />
            {volume}
          </span>
        ))}
    </ViewportPortal>
  );
}
