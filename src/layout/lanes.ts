import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import type { Box, Point } from './types';

/**
 * Lanes: the top-level groups, stacked across the flow (online on top, then nearline, offline,
 * external) instead of chained along it.
 *
 * Why: with INCLUDE_CHILDREN elk lays each container out as its own layered graph, and a top-level
 * group is one node of the root graph. An edge between two groups therefore puts them in different
 * root layers, whatever the layering strategy (INTERACTIVE layering too: it pushes the target of an
 * in-layer edge to the next layer). Logs → training → model → serving edges chained every catalog
 * diagram into one strip 8–13 times wider than high.
 *
 * So an edge between two lanes is given to elk as two edges that do not meet at the root: source →
 * a port on its lane's border facing the other lane, and a port on the other lane's border →
 * target. elk still routes both halves orthogonally inside the lanes (and places the ports to
 * spare crossings); the root graph sees no edge between lanes, so INTERACTIVE layering can put the
 * lanes in one root layer, stacked in stage order. The short connector between the two ports runs
 * through the gap between lanes and is drawn here, on its own track (see connectorRoute).
 *
 * Known limit (elk 0.12): INTERACTIVE layering still gives some lanes a root layer of their own
 * (the offline lane lands left of the online one). An invisible sink fed by every lane fixes that
 * for a normal layout, but a mental-map relayout (INTERACTIVE everywhere) then splits the lanes
 * again and breaks the kept layers, so it is not used yet.
 */

/** Stage order of lanes across the flow; within a stage, author order. */
const STAGE_RANK: Record<string, number> = { online: 0, nearline: 1, offline: 2, external: 3 };

/** Room per connector track in the gap between two lanes, and the gap's margin on each side. */
export const TRACK_SPACING = 10;
const MIN_LANE_GAP = 28;

export interface LaneLink {
  /** Id of the diagram edge this link stands for. */
  edgeId: string;
  /** Ids of the two elk edges: source → port on its lane, port on the other lane → target. */
  head: string;
  tail: string;
  outPort: string;
  inPort: string;
  fromLane: string;
  toLane: string;
}

export interface LanePlan {
  /** Top-level groups in stacking order. */
  lanes: string[];
  /** The top-level group holding each grouped node. */
  laneOfNode: Map<string, string>;
}

/** Lanes in stacking order, and which lane each node is in. Empty when there are fewer than two. */
export function planLanes(diagram: Diagram): LanePlan {
  const groupById = new Map(diagram.groups.map((g) => [g.id, g]));
  const topOf = (groupId: string | undefined): string | undefined => {
    let current = groupId;
    // Bounded by the number of groups, so a (rejected upstream) group cycle cannot hang us.
    for (let i = 0; i <= diagram.groups.length && current; i++) {
      const parent = groupById.get(current)?.parent;
      if (!parent) return current;
      current = parent;
    }
    return undefined;
  };
  const lanes = diagram.groups
    .map((group, index) => ({ group, index }))
    .filter(({ group }) => !group.parent)
    .sort(
      (a, b) => (STAGE_RANK[a.group.stage ?? ''] ?? 0) - (STAGE_RANK[b.group.stage ?? ''] ?? 0) || a.index - b.index,
    )
    .map(({ group }) => group.id);
  const laneOfNode = new Map<string, string>();
  if (lanes.length < 2) return { lanes: [], laneOfNode };
  for (const node of diagram.nodes) {
    const lane = topOf(node.group);
    if (lane) laneOfNode.set(node.id, lane);
  }
  return { lanes, laneOfNode };
}

/**
 * Splits every root edge that joins two lanes into two halves through ports on the lanes' facing
 * sides (see the module comment), and returns the links to join them back. The halves are
 * declared in their lane, where elk expects an edge to its own container's port.
 */
export function splitLaneEdges(
  root: ElkNode,
  plan: LanePlan,
  direction: 'right' | 'down',
): { links: LaneLink[]; gapTracks: number } {
  const rank = new Map(plan.lanes.map((lane, i) => [lane, i]));
  const laneNode = new Map((root.children ?? []).filter((c) => rank.has(c.id)).map((c) => [c.id, c]));
  const links: LaneLink[] = [];
  const kept: ElkExtendedEdge[] = [];
  // Connectors crossing each gap (gap i lies between lane i and lane i + 1).
  const crossing = new Array(Math.max(plan.lanes.length - 1, 0)).fill(0) as number[];
  for (const edge of root.edges ?? []) {
    const source = edge.sources[0] as string;
    const target = edge.targets[0] as string;
    const fromLane = plan.laneOfNode.get(source);
    const toLane = plan.laneOfNode.get(target);
    const fromNode = fromLane ? laneNode.get(fromLane) : undefined;
    const toNode = toLane ? laneNode.get(toLane) : undefined;
    if (!fromLane || !toLane || fromLane === toLane || !fromNode || !toNode) {
      kept.push(edge);
      continue;
    }
    const a = rank.get(fromLane) as number;
    const b = rank.get(toLane) as number;
    for (let gap = Math.min(a, b); gap < Math.max(a, b); gap++) crossing[gap] = (crossing[gap] ?? 0) + 1;
    // The side facing the other lane: below/above when lanes stack down, right/left when across.
    const later = direction === 'right' ? 'SOUTH' : 'EAST';
    const earlier = direction === 'right' ? 'NORTH' : 'WEST';
    const link: LaneLink = {
      edgeId: edge.id,
      head: `${edge.id}\u0000head`,
      tail: `${edge.id}\u0000tail`,
      outPort: `${edge.id}\u0000out`,
      inPort: `${edge.id}\u0000in`,
      fromLane,
      toLane,
    };
    addPort(fromNode, {
      id: link.outPort,
      width: 0,
      height: 0,
      layoutOptions: { 'elk.port.side': b > a ? later : earlier },
    });
    addPort(toNode, {
      id: link.inPort,
      width: 0,
      height: 0,
      layoutOptions: { 'elk.port.side': b > a ? earlier : later },
    });
    // The label rides on the source half, inside the source lane, where layering makes room for it.
    fromNode.edges = [
      ...(fromNode.edges ?? []),
      { ...edge, id: link.head, sources: [source], targets: [link.outPort] },
    ];
    const tail: ElkExtendedEdge = { ...edge, id: link.tail, sources: [link.inPort], targets: [target] };
    delete tail.labels;
    toNode.edges = [...(toNode.edges ?? []), tail];
    links.push(link);
  }
  root.edges = kept;
  return { links, gapTracks: Math.max(0, ...crossing) };
}

function addPort(node: ElkNode, port: ElkPort): void {
  // FIXED_SIDE: elk keeps each port on the side facing the other lane and orders ports along it.
  node.layoutOptions = { ...node.layoutOptions, 'elk.portConstraints': 'FIXED_SIDE' };
  node.ports = [...(node.ports ?? []), port];
}

/** The lane gap root spacing must leave so that every connector crossing it has its own track. */
export function laneGap(gapTracks: number): number {
  return Math.max(MIN_LANE_GAP, (gapTracks + 1) * TRACK_SPACING + 8);
}

/** Clearance kept between a connector that passes a lane and the boxes of that lane's nodes. */
const NODE_CLEARANCE = 14;

/**
 * The orthogonal connector from the out port to the in port, in the gaps between lanes: across
 * the gap next to the source lane to its track, along the track, then across to the in port.
 * `track` is the connector's offset into the gap, distinct per connector so parallel runs never
 * share a line. When lanes lie between the two (online → offline past nearline), the straight
 * run across them would cut through their nodes: the connector then crosses them where no node
 * is (the nearest clear line to the in port) and turns to the in port on the same track in the
 * gap next to the target lane.
 */
export function connectorRoute(
  out: Point,
  into: Point,
  direction: 'right' | 'down',
  track: number,
  obstacles: readonly Box[],
): Point[] {
  // Work in (along, across) coordinates: across is the axis lanes are stacked on.
  const right = direction === 'right';
  const toPoint = (along: number, across: number): Point => (right ? { x: along, y: across } : { x: across, y: along });
  const al = (p: Point) => (right ? p.x : p.y);
  const ac = (p: Point) => (right ? p.y : p.x);
  const sign = ac(into) > ac(out) ? 1 : -1;
  const turn = ac(out) + sign * track;
  const last = ac(into) - sign * track;
  const lo = Math.min(turn, last);
  const hi = Math.max(turn, last);
  const blocked = (along: number) =>
    obstacles.some((b) => {
      const [bAlong, bAcross, bLen, bDepth] = right ? [b.x, b.y, b.width, b.height] : [b.y, b.x, b.height, b.width];
      return (
        along > bAlong - NODE_CLEARANCE &&
        along < bAlong + bLen + NODE_CLEARANCE &&
        bAcross + bDepth > lo &&
        bAcross < hi
      );
    });
  if (!blocked(al(into))) {
    return [out, toPoint(al(out), turn), toPoint(al(into), turn), into];
  }
  // Candidate lines: just beside every box in the way, nearest to the in port first.
  const candidates = obstacles
    .flatMap((b) =>
      right
        ? [b.x - NODE_CLEARANCE - 1, b.x + b.width + NODE_CLEARANCE + 1]
        : [b.y - NODE_CLEARANCE - 1, b.y + b.height + NODE_CLEARANCE + 1],
    )
    .sort((a, b) => Math.abs(a - al(into)) - Math.abs(b - al(into)) || a - b);
  const clear = candidates.find((c) => !blocked(c)) ?? al(into);
  return [out, toPoint(al(out), turn), toPoint(clear, turn), toPoint(clear, last), toPoint(al(into), last), into];
}
