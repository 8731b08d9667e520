import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import type { ElkInput } from './elk-graph';
import { connectorRoute, type LaneLink, TRACK_SPACING } from './lanes';
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
  input: Pick<ElkInput, 'text' | 'reversed' | 'links'>,
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
  const direction = meta.direction;
  const elkEdges = [
    ...joinLaneLinks(allEdges(result), input.links, groups, nodes, direction).filter((e) => edgeOrder.has(e.id)),
  ].sort((a, b) => (edgeOrder.get(a.id) ?? 0) - (edgeOrder.get(b.id) ?? 0));
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

/** Every edge of the result, wherever elk declared it (split lane edges live in their lanes). */
function allEdges(node: ElkNode): ElkExtendedEdge[] {
  const out = [...(node.edges ?? [])];
  for (const child of node.children ?? [])
    if (child.children?.length || child.edges?.length) out.push(...allEdges(child));
  return out;
}

/**
 * Joins each split lane edge back into one: its source half, a connector across the gap between
 * the lanes, its target half. Connectors that turn in the same gap get distinct tracks, in order
 * of their out port along the lane border, so no two run along the same line.
 */
function joinLaneLinks(
  edges: ElkExtendedEdge[],
  links: readonly LaneLink[],
  groups: readonly LayoutGroup[],
  nodes: readonly LayoutNode[],
  direction: 'right' | 'down',
): ElkExtendedEdge[] {
  if (!links.length) return edges;
  const byId = new Map(edges.map((e) => [e.id, e]));
  const points = (edge: ElkExtendedEdge | undefined): Point[] =>
    (edge?.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
  const laneBox = new Map(groups.map((g) => [g.id, g]));
  const across = (p: Point) => (direction === 'right' ? p.y : p.x);
  const along = (p: Point) => (direction === 'right' ? p.x : p.y);
  // The gap a connector turns in is named by the lane it leaves and the side it leaves on.
  const joined = links.map((link) => {
    const head = points(byId.get(link.head));
    const tail = points(byId.get(link.tail));
    return { link, head, tail, out: head[head.length - 1], into: tail[0] };
  });
  const tracks = new Map<string, number>();
  const byGap = new Map<string, typeof joined>();
  for (const j of joined) {
    if (!j.out || !j.into) continue;
    const key = `${j.link.fromLane}:${across(j.into) > across(j.out) ? 'after' : 'before'}`;
    byGap.set(key, [...(byGap.get(key) ?? []), j]);
  }
  for (const list of byGap.values()) {
    // Connectors heading further along the border take the tracks nearer the lane, so their runs
    // across the gap nest instead of crossing.
    list.sort(
      (a, b) => along(a.into as Point) - along(a.out as Point) - (along(b.into as Point) - along(b.out as Point)),
    );
    for (const [i, j] of list.entries()) tracks.set(j.link.edgeId, (i + 1) * TRACK_SPACING);
  }
  const used = new Set(links.flatMap((l) => [l.head, l.tail]));
  const out = edges.filter((e) => !used.has(e.id));
  for (const j of joined) {
    const headEdge = byId.get(j.link.head);
    if (!headEdge || !j.out || !j.into || !laneBox.has(j.link.fromLane)) continue;
    const route = [
      ...j.head,
      ...connectorRoute(j.out, j.into, direction, tracks.get(j.link.edgeId) ?? TRACK_SPACING, nodes),
      ...j.tail,
    ];
    const [start, ...rest] = route as [Point, ...Point[]];
    const end = rest.pop() as Point;
    out.push({
      id: j.link.edgeId,
      sources: headEdge.sources,
      targets: byId.get(j.link.tail)?.targets ?? [],
      ...(headEdge.labels ? { labels: headEdge.labels } : {}),
      sections: [{ id: `${j.link.edgeId}:s`, startPoint: start, endPoint: end, bendPoints: rest }],
    });
  }
  return out;
}
