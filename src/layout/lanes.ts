import type { ElkExtendedEdge, ElkNode, ElkPort } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import { TRACK_SPACING } from './lane-connectors';

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
 * through the gap between lanes on its own track (see lane-connectors.ts).
 *
 * Two elk 0.12 pitfalls are handled in elk-graph.ts and here: label dummies of root edges have no
 * pseudo position (pinLanes keeps the root's layers off 0 and gives labels between two ungrouped
 * nodes a tail placement), and sweeping the root's crossing minimisation into a lane can throw
 * (addPort turns it off).
 */

/** Stage order of lanes across the flow; within a stage, author order. */
const STAGE_RANK: Record<string, number> = { online: 0, nearline: 1, offline: 2, external: 3 };

/** Smallest gap between two lanes. */
const MIN_LANE_GAP = 28;

export interface LaneLink {
  /** Id of the diagram edge this link stands for. */
  edgeId: string;
  /** Ids of the two elk edges: source → port on its lane, port on the other lane → target (either may be shared with other links). */
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
 *
 * Edges from one node into the same lane share one out port and one source half, and edges from
 * one lane into the same node share one in port and one target half: one line inside the lane
 * instead of several that elk would route side by side, each crossing what lies between the node
 * and the border. A label rides on its edge's source half, where layering makes room for it; on
 * the target half when the source half is shared (a shared half carries no label). An edge whose
 * label could ride on neither keeps a target half of its own.
 */
export function splitLaneEdges(
  root: ElkNode,
  plan: LanePlan,
  direction: 'right' | 'down',
): { links: LaneLink[]; gapTracks: number } {
  const rank = new Map(plan.lanes.map((lane, i) => [lane, i]));
  const laneNode = new Map((root.children ?? []).filter((c) => rank.has(c.id)).map((c) => [c.id, c]));
  const kept: ElkExtendedEdge[] = [];
  const split: { edge: ElkExtendedEdge; source: string; target: string; fromLane: string; toLane: string }[] = [];
  for (const edge of root.edges ?? []) {
    const source = edge.sources[0] as string;
    const target = edge.targets[0] as string;
    const fromLane = plan.laneOfNode.get(source);
    const toLane = plan.laneOfNode.get(target);
    if (!fromLane || !toLane || fromLane === toLane || !laneNode.has(fromLane) || !laneNode.has(toLane)) {
      kept.push(edge);
      continue;
    }
    split.push({ edge, source, target, fromLane, toLane });
  }
  const count = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const outKey = (s: (typeof split)[number]) => `${s.source}\u0000${s.toLane}`;
  const inKey = (s: (typeof split)[number]) => `${s.fromLane}\u0000${s.target}`;
  const outCount = count(split.map(outKey));
  const sharesHead = (s: (typeof split)[number]) => (outCount.get(outKey(s)) ?? 0) > 1;
  // A labelled edge with a shared source half carries its label on its own target half.
  const mayShareTail = (s: (typeof split)[number]) => !(sharesHead(s) && s.edge.labels?.length);
  const inCount = count(split.filter(mayShareTail).map(inKey));
  const sharesTail = (s: (typeof split)[number]) => mayShareTail(s) && (inCount.get(inKey(s)) ?? 0) > 1;

  // The side facing the other lane: below/above when lanes stack down, right/left when across.
  const later = direction === 'right' ? 'SOUTH' : 'EAST';
  const earlier = direction === 'right' ? 'NORTH' : 'WEST';
  const heads = new Map<string, { id: string; port: string }>();
  const tails = new Map<string, { id: string; port: string }>();
  const links: LaneLink[] = [];
  // Connectors crossing each gap (gap i lies between lane i and lane i + 1).
  const crossing = new Array(Math.max(plan.lanes.length - 1, 0)).fill(0) as number[];
  for (const s of split) {
    const { edge, source, target, fromLane, toLane } = s;
    const fromNode = laneNode.get(fromLane) as ElkNode;
    const toNode = laneNode.get(toLane) as ElkNode;
    const a = rank.get(fromLane) as number;
    const b = rank.get(toLane) as number;
    for (let gap = Math.min(a, b); gap < Math.max(a, b); gap++) crossing[gap] = (crossing[gap] ?? 0) + 1;
    const headShared = sharesHead(s);
    const tailShared = sharesTail(s);
    let head = headShared ? heads.get(outKey(s)) : undefined;
    if (!head) {
      head = { id: `${edge.id}\u0000head`, port: `${edge.id}\u0000out` };
      if (headShared) heads.set(outKey(s), head);
      addPort(fromNode, {
        id: head.port,
        width: 0,
        height: 0,
        layoutOptions: { 'elk.port.side': b > a ? later : earlier },
      });
      const half: ElkExtendedEdge = { ...edge, id: head.id, sources: [source], targets: [head.port] };
      if (headShared) delete half.labels;
      fromNode.edges = [...(fromNode.edges ?? []), half];
    }
    let tail = tailShared ? tails.get(inKey(s)) : undefined;
    if (!tail) {
      tail = { id: `${edge.id}\u0000tail`, port: `${edge.id}\u0000in` };
      if (tailShared) tails.set(inKey(s), tail);
      addPort(toNode, {
        id: tail.port,
        width: 0,
        height: 0,
        layoutOptions: { 'elk.port.side': b > a ? earlier : later },
      });
      const half: ElkExtendedEdge = { ...edge, id: tail.id, sources: [tail.port], targets: [target] };
      if (!headShared || tailShared) delete half.labels;
      toNode.edges = [...(toNode.edges ?? []), half];
    }
    links.push({
      edgeId: edge.id,
      head: head.id,
      tail: tail.id,
      outPort: head.port,
      inPort: tail.port,
      fromLane,
      toLane,
    });
  }
  root.edges = kept;
  return { links, gapTracks: Math.max(0, ...crossing) };
}

function addPort(node: ElkNode, port: ElkPort): void {
  node.layoutOptions = {
    ...node.layoutOptions,
    // FIXED_SIDE: elk keeps each port on the side facing the other lane and orders ports along it.
    'elk.portConstraints': 'FIXED_SIDE',
    // Bottom-up crossing minimisation for the lane (below -1 forces it): the root's sweep does not
    // enter the lane. Entering it, elk 0.12 takes a first or last layer that starts with the dummy
    // of a north/south port for a layer of west/east port dummies and throws "Expected 1
    // hierarchical ports, but found only 0" (the out port of a node in the lane's last layer is
    // alone in a layer after it). The root holds only lanes and the client, so nothing is lost.
    'elk.layered.crossingMinimization.hierarchicalSweepiness': '-2',
  };
  node.ports = [...(node.ports ?? []), port];
}

/** The lane gap root spacing must leave so that every connector crossing it has its own track. */
export function laneGap(gapTracks: number): number {
  return Math.max(MIN_LANE_GAP, (gapTracks + 1) * TRACK_SPACING + 8);
}
