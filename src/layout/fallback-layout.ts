import type { ElkNode } from 'elkjs/lib/elk-api';

const GAP_X = 80;
const GAP_Y = 32;

/**
 * A simple deterministic layered layout used when elk fails: longest-path layers from the
 * sources, nodes stacked in author order, straight edges from border to border (labels are dropped). Groups are drawn
 * as boxes around their members. Fills in the same fields elk would, in ROOT coordinates.
 */
export function fallbackLayout(graph: ElkNode, groupIds: ReadonlySet<string>, direction: 'right' | 'down'): ElkNode {
  const leaves: ElkNode[] = [];
  const parentOf = new Map<string, ElkNode>();
  const collect = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      parentOf.set(child.id, node);
      if (groupIds.has(child.id)) collect(child);
      else leaves.push(child);
    }
  };
  collect(graph);
  const edges = graph.edges ?? [];
  const layer = new Map(leaves.map((n) => [n.id, 0]));
  // Bounded relaxation: cycles simply stop growing after |V| rounds.
  for (let round = 0; round < leaves.length; round++) {
    let changed = false;
    for (const edge of edges) {
      const from = layer.get(edge.sources[0] as string);
      const to = layer.get(edge.targets[0] as string);
      if (
        from !== undefined &&
        to !== undefined &&
        to <= from &&
        edge.sources[0] !== edge.targets[0] &&
        from + 1 < leaves.length
      ) {
        layer.set(edge.targets[0] as string, from + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const columns = new Map<number, ElkNode[]>();
  for (const leaf of leaves) {
    const l = layer.get(leaf.id) ?? 0;
    columns.set(l, [...(columns.get(l) ?? []), leaf]);
  }
  let offset = 24;
  for (const l of [...columns.keys()].sort((a, b) => a - b)) {
    const column = columns.get(l) ?? [];
    let along = 24;
    let thickness = 0;
    for (const node of column) {
      const w = node.width ?? 0;
      const h = node.height ?? 0;
      if (direction === 'right') Object.assign(node, { x: offset, y: along });
      else Object.assign(node, { x: along, y: offset });
      along += (direction === 'right' ? h : w) + GAP_Y;
      thickness = Math.max(thickness, direction === 'right' ? w : h);
    }
    offset += thickness + GAP_X;
  }
  const byId = new Map(leaves.map((n) => [n.id, n]));
  for (const edge of edges) {
    const from = byId.get(edge.sources[0] as string);
    const to = byId.get(edge.targets[0] as string);
    edge.labels = [];
    if (!from || !to) {
      edge.sections = [];
      continue;
    }
    const a = centre(from);
    const b = centre(to);
    edge.sections = [
      {
        id: `${edge.id}-s`,
        // A self-loop (or coincident centres) gets a short stub out of the box's far side and back.
        startPoint: from === to ? { x: a.x, y: (from.y ?? 0) + (from.height ?? 0) } : borderPoint(from, b),
        endPoint: from === to ? { x: (from.x ?? 0) + (from.width ?? 0), y: a.y } : borderPoint(to, a),
        ...(from === to
          ? {
              bendPoints: [
                { x: a.x, y: (from.y ?? 0) + (from.height ?? 0) + 12 },
                { x: (from.x ?? 0) + (from.width ?? 0) + 12, y: (from.y ?? 0) + (from.height ?? 0) + 12 },
                { x: (from.x ?? 0) + (from.width ?? 0) + 12, y: a.y },
              ],
            }
          : {}),
      },
    ];
  }
  boxGroups(graph, groupIds);
  let width = 0;
  let height = 0;
  for (const child of graph.children ?? []) {
    width = Math.max(width, (child.x ?? 0) + (child.width ?? 0));
    height = Math.max(height, (child.y ?? 0) + (child.height ?? 0));
  }
  return Object.assign(graph, { width: width + 24, height: height + 24 });
}

function boxGroups(node: ElkNode, groupIds: ReadonlySet<string>): void {
  for (const child of node.children ?? []) {
    if (!groupIds.has(child.id)) continue;
    boxGroups(child, groupIds);
    const members = child.children ?? [];
    if (members.length === 0) {
      Object.assign(child, { x: 0, y: 0, width: 0, height: 0 });
      continue;
    }
    const x = Math.min(...members.map((m) => m.x ?? 0)) - 16;
    const y = Math.min(...members.map((m) => m.y ?? 0)) - 40;
    const right = Math.max(...members.map((m) => (m.x ?? 0) + (m.width ?? 0))) + 16;
    const bottom = Math.max(...members.map((m) => (m.y ?? 0) + (m.height ?? 0))) + 16;
    Object.assign(child, { x, y, width: right - x, height: bottom - y });
  }
}

function centre(n: ElkNode): { x: number; y: number } {
  return { x: (n.x ?? 0) + (n.width ?? 0) / 2, y: (n.y ?? 0) + (n.height ?? 0) / 2 };
}

/** Where the straight line from a box's centre towards `toward` leaves the box. */
function borderPoint(box: ElkNode, toward: { x: number; y: number }): { x: number; y: number } {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  const halfW = (box.width ?? 0) / 2;
  const halfH = (box.height ?? 0) / 2;
  if (dx === 0 && dy === 0) return { x: c.x + halfW, y: c.y };
  const scale = Math.min(
    dx === 0 ? Number.POSITIVE_INFINITY : halfW / Math.abs(dx),
    dy === 0 ? Number.POSITIVE_INFINITY : halfH / Math.abs(dy),
  );
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}
