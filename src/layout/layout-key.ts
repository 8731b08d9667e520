import type { Diagram } from '../schema';
import { hashString } from './hash';

/** Bump when the layout algorithm or its options change, so precomputed layouts are recomputed. */
export const LAYOUT_ENGINE_VERSION = 1;

/**
 * Hash of everything that affects positions: ids, text that is measured, nesting, edges,
 * direction and which nodes are expanded. Notes that only show inside cards count too, since
 * they size expanded cards.
 */
export function layoutHash(diagram: Diagram, direction: 'right' | 'down', expanded: readonly string[]): string {
  const relevant = {
    engine: LAYOUT_ENGINE_VERSION,
    direction,
    expanded: [...expanded].sort(),
    groups: diagram.groups.map((g) => [g.id, g.label, g.parent ?? null]),
    nodes: diagram.nodes.map((n) => [
      n.id,
      n.label,
      n.detail ?? null,
      n.group ?? null,
      n.latencyMs ?? null,
      n.volume ?? null,
      expanded.includes(n.id) ? [n.tech ?? null, n.tradeoffs ?? null, n.notes ?? null, n.links ?? null] : null,
    ]),
    edges: diagram.edges.map((e) => [e.id ?? null, e.from, e.to, e.label ?? null]),
  };
  return hashString(JSON.stringify(relevant));
}
