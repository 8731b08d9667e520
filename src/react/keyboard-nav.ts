import type { Box, DiagramLayout } from '../layout';

/** Keys that move focus between nodes. */
export type NavKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/** Whether a key is one `nextNode` handles. */
export function isNavKey(key: string): key is NavKey {
  return (
    key === 'ArrowRight' ||
    key === 'ArrowLeft' ||
    key === 'ArrowUp' ||
    key === 'ArrowDown' ||
    key === 'Home' ||
    key === 'End'
  );
}

/**
 * Orders node ids as a reader scans the diagram: lane by lane — lanes side by side left to right,
 * lanes stacked top to bottom — and inside a lane along the flow, then across it. A node outside
 * every group is a lane of its own. Tab order and Home/End follow this order.
 */
export function readingOrder(layout: DiagramLayout): string[] {
  const groups = layout.groups.filter((g) => g.width > 0).sort((a, b) => a.depth - b.depth);
  const laneOf = new Map<string, Box>();
  for (const n of layout.nodes) laneOf.set(n.id, groups.find((g) => contains(g, n)) ?? n);
  const lanes = [...new Set(laneOf.values())].sort(compareLanes);
  const rank = new Map(lanes.map((lane, i) => [lane, i]));
  const flowFirst = layout.direction === 'right';
  const key = (n: Box) => [flowFirst ? n.x : n.y, flowFirst ? n.y : n.x];
  const nodes = [...layout.nodes].sort(
    (a, b) =>
      (rank.get(laneOf.get(a.id) as Box) ?? 0) - (rank.get(laneOf.get(b.id) as Box) ?? 0) ||
      compareTuples(key(a), key(b)),
  );
  return nodes.map((n) => n.id);
}

/** Lanes that share most of their height read left to right; otherwise top to bottom. */
function compareLanes(a: Box, b: Box): number {
  const overlap = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  const sideBySide = overlap > Math.min(a.height, b.height) / 2;
  return sideBySide ? a.x - b.x || a.y - b.y : a.y - b.y;
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (Math.abs(d) > 0.5) return d;
  }
  return 0;
}

/**
 * Where focus goes from `current` on an arrow key, moving along edges. The key pointing along the
 * flow (→ for left-to-right diagrams, ↓ for top-down) goes to a node this one feeds, the opposite
 * key to a node that feeds it; among several, the one best lined up with the current node. The
 * two cross keys step between siblings — nodes sharing an upstream or downstream neighbour —
 * in that direction. Home and End jump to the first and last node in reading order. Nodes for
 * which `available` is false (filtered out) are skipped. Returns undefined when there is nowhere
 * to go. Pure.
 */
export function nextNode(
  layout: DiagramLayout,
  edges: readonly { from: string; to: string }[],
  current: string,
  key: NavKey,
  order: readonly string[],
  available: (id: string) => boolean = () => true,
): string | undefined {
  if (key === 'Home') return order.find(available);
  if (key === 'End') return [...order].reverse().find(available);
  const boxes = new Map(layout.nodes.map((n) => [n.id, n]));
  const here = boxes.get(current);
  if (!here) return undefined;
  const horizontal = layout.direction === 'right';
  const forward = horizontal ? 'ArrowRight' : 'ArrowDown';
  const backward = horizontal ? 'ArrowLeft' : 'ArrowUp';
  const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
  const c = centre(here);
  const cross = (b: Box) => (horizontal ? centre(b).y - c.y : centre(b).x - c.x);
  const along = (b: Box) => (horizontal ? centre(b).x - c.x : centre(b).y - c.y);
  const pick = (ids: Iterable<string>, score: (b: Box) => number) => {
    let best: { id: string; score: number } | undefined;
    for (const id of ids) {
      const box = boxes.get(id);
      if (!box || id === current || !available(id)) continue;
      const s = score(box);
      if (!best || s < best.score) best = { id, score: s };
    }
    return best?.id;
  };
  const targets = (id: string) => edges.filter((e) => e.from === id).map((e) => e.to);
  const sources = (id: string) => edges.filter((e) => e.to === id).map((e) => e.from);
  if (key === forward) return pick(targets(current), (b) => Math.abs(cross(b)) * 4 + Math.abs(along(b)));
  if (key === backward) return pick(sources(current), (b) => Math.abs(cross(b)) * 4 + Math.abs(along(b)));
  const siblings = new Set([...sources(current).flatMap(targets), ...targets(current).flatMap(sources)]);
  const sign = key === (horizontal ? 'ArrowDown' : 'ArrowRight') ? 1 : -1;
  const ahead = [...siblings].filter((id) => {
    const box = boxes.get(id);
    return box && cross(box) * sign > 0;
  });
  return pick(ahead, (b) => Math.abs(cross(b)) + Math.abs(along(b)) * 2);
}

/** The layout with its nodes sorted into reading order, so the DOM (and Tab) follows it. */
export function inReadingOrder(layout: DiagramLayout): { layout: DiagramLayout; order: string[] } {
  const order = readingOrder(layout);
  const rank = new Map(order.map((id, i) => [id, i]));
  const nodes = [...layout.nodes].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return { layout: { ...layout, nodes }, order };
}
