import type { Box, DiagramLayout, Point } from '../../src/layout';
import type { Diagram } from '../../src/schema';
import { contains, overlaps } from './geometry';

const TOLERANCE = 1;

function onBorder(box: Box, p: Point): boolean {
  const inside =
    p.x >= box.x - TOLERANCE &&
    p.x <= box.x + box.width + TOLERANCE &&
    p.y >= box.y - TOLERANCE &&
    p.y <= box.y + box.height + TOLERANCE;
  const nearSide =
    Math.abs(p.x - box.x) <= TOLERANCE ||
    Math.abs(p.x - box.x - box.width) <= TOLERANCE ||
    Math.abs(p.y - box.y) <= TOLERANCE ||
    Math.abs(p.y - box.y - box.height) <= TOLERANCE;
  return inside && nearSide;
}

/**
 * The acceptance geometry of a layout, as a list of readable problems (empty when it holds):
 * no two node boxes overlap, every node lies inside each of its enclosing groups, every edge
 * starts on its source's border and ends on its target's, and no edge label overlaps a node.
 */
export function layoutProblems(layout: DiagramLayout, diagram: Diagram): string[] {
  const problems: string[] = [];
  const nodes = [...layout.nodes].sort((a, b) => a.x - b.x);
  // Sweep along x so 1,000-node layouts stay cheap.
  for (let i = 0; i < nodes.length; i++) {
    const a = nodes[i] as Box & { id: string };
    for (let j = i + 1; j < nodes.length; j++) {
      const b = nodes[j] as Box & { id: string };
      if (b.x >= a.x + a.width) break;
      if (overlaps(a, b)) problems.push(`nodes ${a.id} and ${b.id} overlap`);
    }
  }
  const boxOf = new Map<string, Box>([...layout.nodes, ...layout.groups].map((b) => [b.id, b]));
  const parentOf = new Map(diagram.groups.map((g) => [g.id, g.parent]));
  for (const node of diagram.nodes) {
    const box = boxOf.get(node.id);
    if (!box) {
      problems.push(`node ${node.id} has no box`);
      continue;
    }
    for (let group = node.group; group; group = parentOf.get(group)) {
      const outer = boxOf.get(group);
      if (!outer || !contains(outer, box)) problems.push(`node ${node.id} is not inside group ${group}`);
    }
  }
  for (const edge of layout.edges) {
    const from = boxOf.get(edge.from);
    const to = boxOf.get(edge.to);
    const first = edge.points[0];
    const last = edge.points[edge.points.length - 1];
    if (!from || !to || !first || !last || edge.points.length < 2) {
      problems.push(`edge ${edge.id} has no route`);
      continue;
    }
    if (!onBorder(from, first)) problems.push(`edge ${edge.id} starts off the border of ${edge.from}`);
    if (!onBorder(to, last)) problems.push(`edge ${edge.id} ends off the border of ${edge.to}`);
    if (edge.label) {
      for (const node of layout.nodes) {
        if (overlaps(edge.label, node)) problems.push(`label of edge ${edge.id} overlaps node ${node.id}`);
      }
    }
  }
  return problems;
}
