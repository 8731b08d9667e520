import type { Diagram } from '../schema';
import { hashString } from './hash';

/** Bump when the layout algorithm or its options change, so precomputed layouts are recomputed. */
export const LAYOUT_ENGINE_VERSION = 7;

/**
 * Hash of everything that affects positions: ids, text that is measured, nesting, edges,
 * edge kinds, direction and which nodes are expanded. Notes that only show inside cards count too, since
 * they size expanded cards.
 */
export function layoutHash(diagram: Diagram, direction: 'right' | 'down', expanded: readonly string[]): string {
  const relevant = {
    engine: LAYOUT_ENGINE_VERSION,
    direction,
    expanded: [...expanded].sort(),
    // A group's stage orders the lanes (lanes.ts).
    groups: diagram.groups.map((g) => [g.id, g.label, g.parent ?? null, g.stage ?? null]),
    nodes: diagram.nodes.map((n) => [
      n.id,
      n.label,
      n.detail ?? null,
      n.group ?? null,
      n.latencyMs ?? null,
      n.volume ?? null,
      expanded.includes(n.id) ? [n.tech ?? null, n.tradeoffs ?? null, n.notes ?? null, n.links ?? null] : null,
    ]),
    // Kinds decide which edges lead the flow (edge-orientation.ts), so they move nodes too.
    edges: diagram.edges.map((e) => [e.id ?? null, e.from, e.to, e.label ?? null, e.kind]),
  };
  return hashString(JSON.stringify(relevant));
}

/**
 * Whether a precomputed layout still fits the diagram: same format version and the same hash
 * of everything that affects positions. A stale layout should be recomputed (with a warning).
 */
export function isLayoutCurrent(
  layout: { version: number; hash: string },
  diagram: Diagram,
  options: { direction?: 'right' | 'down'; expanded?: readonly string[] } = {},
): boolean {
  return (
    layout.version === 1 &&
    layout.hash === layoutHash(diagram, options.direction ?? diagram.direction, options.expanded ?? [])
  );
}
