import { edgeIds } from '../layout/edge-ids';
import type { Diagram, DiagramNode, EdgeKind, Stage } from '../schema';

/** Which part of the system is shown. */
export interface ViewFilter {
  /** `online`: the request path; `offline`: the pipelines behind it; `all`: everything. @default 'all' */
  side: 'all' | 'online' | 'offline';
  /** Show only edges of this kind, and the nodes they connect. @default 'all' */
  edgeKind: EdgeKind | 'all';
}

/** The filter that shows everything. */
export const SHOW_ALL: ViewFilter = { side: 'all', edgeKind: 'all' };

/** Ids of the nodes, groups (`group:` prefix not included) and edges a filter leaves visible. */
export interface Visible {
  nodes: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The stage of a node: that of its nearest group (walking up through parents) that declares one. */
export function nodeStage(diagram: Diagram, node: DiagramNode): Stage | undefined {
  const groups = new Map(diagram.groups.map((g) => [g.id, g]));
  let id = node.group;
  const seen = new Set<string>();
  while (id && !seen.has(id)) {
    seen.add(id);
    const group = groups.get(id);
    if (group?.stage) return group.stage;
    id = group?.parent;
  }
  return undefined;
}

/**
 * Which side of the system each node is on. Online: in an online group, or ungrouped but
 * touching a request edge (the client usually sits outside every lane). Everything else —
 * offline, nearline and external groups — belongs to the pipelines behind the request path.
 */
export function nodeSides(diagram: Diagram): Map<string, 'online' | 'offline'> {
  const onRequest = new Set<string>();
  for (const edge of diagram.edges) {
    if (edge.kind === 'request') onRequest.add(edge.from).add(edge.to);
  }
  const sides = new Map<string, 'online' | 'offline'>();
  for (const node of diagram.nodes) {
    const stage = nodeStage(diagram, node);
    const online = stage === 'online' || (stage === undefined && onRequest.has(node.id));
    sides.set(node.id, online ? 'online' : 'offline');
  }
  return sides;
}

/**
 * What stays visible under a filter. A node is shown when it is on the chosen side and, with an
 * edge kind chosen, touches a shown edge of that kind; an edge when both its ends are shown and
 * its kind matches; a group when it holds a shown node, directly or through nested groups. Pure.
 */
export function visibleUnder(diagram: Diagram, filter: ViewFilter): Visible {
  const sides = nodeSides(diagram);
  const onSide = (id: string) => filter.side === 'all' || sides.get(id) === filter.side;
  const ids = edgeIds(diagram);
  const edges = new Set<string>();
  const touched = new Set<string>();
  diagram.edges.forEach((edge, i) => {
    if (filter.edgeKind !== 'all' && edge.kind !== filter.edgeKind) return;
    if (!onSide(edge.from) || !onSide(edge.to)) return;
    edges.add(ids[i] as string);
    touched.add(edge.from).add(edge.to);
  });
  const nodes = new Set(
    diagram.nodes.filter((n) => onSide(n.id) && (filter.edgeKind === 'all' || touched.has(n.id))).map((n) => n.id),
  );
  const parents = new Map(diagram.groups.map((g) => [g.id, g.parent]));
  const groups = new Set<string>();
  for (const node of diagram.nodes) {
    if (!nodes.has(node.id)) continue;
    let id = node.group;
    while (id && !groups.has(id)) {
      groups.add(id);
      id = parents.get(id);
    }
  }
  return { nodes, groups, edges };
}
