import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import type { ElkInput } from './elk-graph';
import { routeConnectors, withoutCollinear } from './lane-connectors';
import { clearLaneTitles, type LaneHalf, titleBandEnd } from './lane-titles';
import type { LaneLink } from './lanes';
import type { Box, DiagramLayout, LayoutEdge, LayoutGroup, LayoutNode, Point } from './types';

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
  const titles = new Map(diagram.groups.map((g) => [g.id, { label: g.label, stage: g.stage }]));
  const direction = meta.direction;
  const elkEdges = [
    ...joinLaneLinks(allEdges(result), input.links, groups, nodes, direction, titles).filter((e) =>
      edgeOrder.has(e.id),
    ),
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
 * Joins each split lane edge back into one: its source half, a connector through the gaps between
 * the lanes (lane-connectors.ts), its target half.
 */
function joinLaneLinks(
  edges: ElkExtendedEdge[],
  links: readonly LaneLink[],
  groups: readonly LayoutGroup[],
  nodes: readonly LayoutNode[],
  direction: 'right' | 'down',
  titles: ReadonlyMap<string, { label: string; stage?: string }>,
): ElkExtendedEdge[] {
  if (!links.length) return edges;
  const byId = new Map(edges.map((e) => [e.id, e]));
  const points = (edge: ElkExtendedEdge | undefined): Point[] =>
    (edge?.sections ?? []).flatMap((s) => [s.startPoint, ...(s.bendPoints ?? []), s.endPoint]);
  const across = (b: Box) => (direction === 'right' ? b.y : b.x);
  // Lanes are the top-level groups, stacked across the flow.
  const lanes = groups.filter((g) => g.depth === 0).sort((a, b) => across(a) - across(b));
  const rank = new Map(lanes.map((lane, i) => [lane.id, i]));
  const labels = edges.flatMap((e) =>
    (e.labels ?? []).map((l) => ({ x: l.x ?? 0, y: l.y ?? 0, width: l.width ?? 0, height: l.height ?? 0 })),
  );
  // The halves' points, copied so ports can move off lane titles (a half may serve several links).
  const halves = new Map<string, LaneHalf>();
  const laneById = new Map(lanes.map((lane) => [lane.id, lane]));
  for (const link of links) {
    for (const [id, laneId, portFirst] of [
      [link.head, link.fromLane, false],
      [link.tail, link.toLane, true],
    ] as const) {
      const lane = laneById.get(laneId);
      if (halves.has(id) || !lane) continue;
      const title = titles.get(laneId);
      halves.set(id, {
        points: points(byId.get(id)).map((p) => ({ x: p.x, y: p.y })),
        portFirst,
        lane,
        titleEnd: title ? titleBandEnd(title.label, title.stage, lane, direction) : Number.NEGATIVE_INFINITY,
      });
    }
  }
  clearLaneTitles([...halves.values()], [...nodes, ...labels], direction);
  const joined = links.flatMap((link) => {
    const head = halves.get(link.head)?.points ?? [];
    const tail = halves.get(link.tail)?.points ?? [];
    const out = head[head.length - 1];
    const into = tail[0];
    const fromLane = rank.get(link.fromLane);
    const toLane = rank.get(link.toLane);
    if (!out || !into || fromLane === undefined || toLane === undefined) return [];
    return [{ link, head, tail, connector: { id: link.edgeId, out, into, fromLane, toLane } }];
  });
  const routes = routeConnectors(
    joined.map((j) => j.connector),
    { lanes, obstacles: [...nodes, ...labels], groups, paths: edges.map(points) },
    direction,
  );
  const used = new Set(links.flatMap((l) => [l.head, l.tail]));
  const out = edges.filter((e) => !used.has(e.id));
  for (const j of joined) {
    const headEdge = byId.get(j.link.head) as ElkExtendedEdge;
    const tailEdge = byId.get(j.link.tail);
    // The label rides on the source half, or on the target half when the source half is shared.
    const labels = headEdge.labels?.length ? headEdge.labels : tailEdge?.labels;
    const route = withoutCollinear([...j.head, ...(routes.get(j.link.edgeId) ?? []), ...j.tail]);
    const [start, ...rest] = route as [Point, ...Point[]];
    const end = rest.pop() as Point;
    out.push({
      id: j.link.edgeId,
      sources: headEdge.sources,
      targets: tailEdge?.targets ?? [],
      ...(labels?.length ? { labels } : {}),
      sections: [{ id: `${j.link.edgeId}:s`, startPoint: start, endPoint: end, bendPoints: rest }],
    });
  }
  return out;
}
