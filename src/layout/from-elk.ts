import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import type { ElkInput } from './elk-graph';
import type { DiagramLayout, LayoutEdge, LayoutGroup, LayoutNode, Point } from './types';

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Reads elk's result (ROOT coordinates) into a DiagramLayout, rounded so output is byte-stable.
 * Edges that were given to elk reversed get their points flipped back, so every edge runs from
 * its source to its target. Nodes, groups and edges come out in the diagram's order.
 */
export function fromElkGraph(
  result: ElkNode,
  diagram: Diagram,
  input: Pick<ElkInput, 'text' | 'reversed'>,
  meta: { hash: string; direction: 'right' | 'down'; warnings: string[]; edgeIds: readonly string[] },
): DiagramLayout {
  const groupIds = new Set(diagram.groups.map((g) => g.id));
  const nodes: LayoutNode[] = [];
  const groups: LayoutGroup[] = [];
  const visit = (elkNode: ElkNode, depth: number) => {
    for (const child of elkNode.children ?? []) {
      const box = {
        x: round(child.x ?? 0),
        y: round(child.y ?? 0),
        width: round(child.width ?? 0),
        height: round(child.height ?? 0),
      };
      if (groupIds.has(child.id)) {
        groups.push({ id: child.id, depth, ...box });
        visit(child, depth + 1);
      } else {
        const measured = input.text.nodes.get(child.id);
        nodes.push({
          id: child.id,
          ...box,
          expanded: measured?.expanded ?? false,
          labelLines: measured?.labelLines ?? [],
          detailLines: measured?.detailLines ?? [],
        });
      }
    }
  };
  visit(result, 0);
  const order = new Map(diagram.nodes.map((n, i) => [n.id, i]));
  nodes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const groupOrder = new Map(diagram.groups.map((g, i) => [g.id, i]));
  groups.sort((a, b) => (groupOrder.get(a.id) ?? 0) - (groupOrder.get(b.id) ?? 0));

  const edgeOrder = new Map(meta.edgeIds.map((id, i) => [id, i]));
  const elkEdges = [...(result.edges ?? [])].sort((a, b) => (edgeOrder.get(a.id) ?? 0) - (edgeOrder.get(b.id) ?? 0));
  const edges: LayoutEdge[] = elkEdges.map((edge) => {
    const points: Point[] = [];
    for (const section of edge.sections ?? []) {
      for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
        const point = { x: round(p.x), y: round(p.y) };
        const last = points[points.length - 1];
        if (!last || last.x !== point.x || last.y !== point.y) points.push(point);
      }
    }
    const flipped = input.reversed.has(edge.id);
    if (flipped) points.reverse();
    const label = edge.labels?.[0];
    const lines = input.text.edgeLabels.get(edge.id);
    return {
      id: edge.id,
      from: (flipped ? edge.targets[0] : edge.sources[0]) as string,
      to: (flipped ? edge.sources[0] : edge.targets[0]) as string,
      points,
      ...(label && lines
        ? {
            label: {
              x: round(label.x ?? 0),
              y: round(label.y ?? 0),
              width: round(label.width ?? 0),
              height: round(label.height ?? 0),
              lines,
            },
          }
        : {}),
    };
  });
  return {
    version: 1,
    hash: meta.hash,
    direction: meta.direction,
    width: round(result.width ?? 0),
    height: round(result.height ?? 0),
    nodes,
    groups,
    edges,
    warnings: meta.warnings,
  };
}
