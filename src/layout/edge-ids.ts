import type { Diagram } from '../schema';

/** Stable ids for every edge: its own id, or "from->to" (with "#2", "#3" for parallel edges). */
export function edgeIds(diagram: Diagram): string[] {
  const seen = new Map<string, number>();
  return diagram.edges.map((edge) => {
    if (edge.id) return edge.id;
    const base = `${edge.from}->${edge.to}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
