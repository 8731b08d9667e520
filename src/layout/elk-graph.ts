import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import { buildCard } from './card-metrics';
import { edgeIds } from './edge-ids';
import { edgesToReverse } from './edge-orientation';
import { LANE_OPTIONS, MENTAL_MAP_OPTIONS, REQUEST_EDGE_OPTIONS, ROOT_OPTIONS } from './elk-options';
import { type LaneLink, type LanePlan, laneGap, planLanes, splitLaneEdges } from './lanes';
import type { LayerSlot } from './layer-order';
import { LABEL_METRICS, sizeCollapsedNode } from './node-metrics';
import { widestLine, wrapText } from './text-metrics';

/** Text each node and edge label will show, decided here once and carried into the layout. */
export interface MeasuredText {
  nodes: Map<string, { labelLines: string[]; detailLines: string[]; expanded: boolean }>;
  edgeLabels: Map<string, string[]>;
}

/** What the elk graph was built from, needed to read the result back. */
export interface ElkInput {
  graph: ElkNode;
  text: MeasuredText;
  /** Ids of edges given to elk reversed (see edge-orientation.ts); their points are flipped back. */
  reversed: Set<string>;
  /** Problems with the input that were skipped rather than laid out. */
  warnings: string[];
  /** Edges between lanes, given to elk as two halves (see lanes.ts); joined when read back. */
  links: LaneLink[];
}

/** Node count past which elk's crossing minimisation does fewer restarts. */
const LARGE_GRAPH = 200;

const GROUP_PADDING = `[top=${LABEL_METRICS.group.titleHeight + 8},left=${LABEL_METRICS.group.padding},bottom=${LABEL_METRICS.group.padding},right=${LABEL_METRICS.group.padding}]`;

/**
 * Builds the elk input graph: groups as compound nodes, nodes sized from font metrics (expanded
 * ones at their card size), edges oriented so the request path leads. With `slots` (from the
 * collapsed layout), every item gets a pseudo position that pins its layer and in-layer order.
 */
export function toElkGraph(
  diagram: Diagram,
  direction: 'right' | 'down',
  expanded: ReadonlySet<string>,
  slots?: ReadonlyMap<string, LayerSlot>,
  useLanes = true,
): ElkInput {
  const text: MeasuredText = { nodes: new Map(), edgeLabels: new Map() };
  const warnings: string[] = [];
  const compound = new Map<string, ElkNode>();
  for (const group of diagram.groups) {
    const minWidth = Math.ceil(widestLine([group.label], LABEL_METRICS.group) + LABEL_METRICS.group.padding * 2);
    compound.set(group.id, {
      id: group.id,
      children: [],
      layoutOptions: {
        'elk.padding': GROUP_PADDING,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${minWidth},${LABEL_METRICS.group.titleHeight + 24})`,
      },
    });
  }
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      ...ROOT_OPTIONS,
      // Restarts pay off on diagram-sized graphs; past a few hundred nodes each costs seconds.
      ...(diagram.nodes.length > LARGE_GRAPH ? { 'elk.layered.thoroughness': '3' } : {}),
      ...(slots ? MENTAL_MAP_OPTIONS : {}),
      'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT',
    },
    children: [],
    edges: [],
  };
  const childrenOf = (groupId: string | undefined): ElkNode[] => {
    const parent = groupId ? compound.get(groupId) : undefined;
    return (parent ?? root).children as ElkNode[];
  };
  for (const group of diagram.groups) childrenOf(group.parent).push(compound.get(group.id) as ElkNode);
  for (const node of diagram.nodes) {
    const collapsed = sizeCollapsedNode(node);
    const isExpanded = expanded.has(node.id);
    const size = isExpanded ? buildCard(node, collapsed) : collapsed;
    text.nodes.set(node.id, {
      labelLines: collapsed.labelLines,
      detailLines: collapsed.detailLines,
      expanded: isExpanded,
    });
    childrenOf(node.group).push({ id: node.id, width: size.width, height: size.height });
  }

  const ids = edgeIds(diagram);
  const reversedIndex = edgesToReverse(diagram);
  const reversed = new Set<string>();
  const nodeIds = new Set(diagram.nodes.map((n) => n.id));
  root.edges = diagram.edges.flatMap((edge, i): ElkExtendedEdge[] => {
    const id = ids[i] as string;
    if (!nodeIds.has(edge.from) || !nodeIds.has(edge.to)) {
      warnings.push(`edge '${id}' does not connect two nodes; it was left out of the layout`);
      return [];
    }
    const flip = reversedIndex.has(i);
    if (flip) reversed.add(id);
    const elkEdge: ElkExtendedEdge = {
      id,
      sources: [flip ? edge.to : edge.from],
      targets: [flip ? edge.from : edge.to],
      ...(edge.kind === 'request' ? { layoutOptions: { ...REQUEST_EDGE_OPTIONS } } : {}),
    };
    if (edge.label) {
      const m = LABEL_METRICS.edge;
      const lines = wrapText(edge.label, m.maxWidth, m);
      text.edgeLabels.set(id, lines);
      elkEdge.labels = [
        {
          text: edge.label,
          width: Math.ceil(widestLine(lines, m) + m.paddingX * 2),
          height: lines.length * m.lineHeight + m.paddingY * 2,
        },
      ];
    }
    return [elkEdge];
  });
  const plan = useLanes ? planLanes(diagram) : { lanes: [], laneOfNode: new Map<string, string>() };
  let links: LaneLink[] = [];
  if (plan.lanes.length) {
    const split = splitLaneEdges(root, plan, direction);
    links = split.links;
    const gap = String(laneGap(split.gapTracks));
    // The root graph holds only lanes and ungrouped nodes, so its node spacing is the gap between
    // stacked lanes: wide enough for one track per connector. Groups keep the usual spacing.
    root.layoutOptions = { ...root.layoutOptions, ...LANE_OPTIONS, 'elk.spacing.nodeNode': gap };
    for (const group of compound.values()) {
      group.layoutOptions = {
        ...group.layoutOptions,
        'elk.spacing.nodeNode': ROOT_OPTIONS['elk.spacing.nodeNode'] as string,
      };
    }
    // A relayout keeping the mental map pins every item from its slots (lanes included) instead.
    pinLanes(root, plan, direction, reversed, !slots);
  }
  if (slots) {
    // With lanes, the root's layers sit half a step off 0 as in pinLanes (label dummies at 0).
    const laneLayer = plan.lanes.length ? slots.get(plan.lanes[0] as string)?.layer : undefined;
    pinSlots(root, slots, direction, laneLayer === undefined ? 0 : -laneLayer + 0.5);
  }
  return { graph: root, text, reversed, warnings, links };
}

/**
 * Pseudo positions for the root graph (INTERACTIVE layering, see LANE_OPTIONS): every lane in one
 * layer, stacked in stage order; ungrouped nodes (the client) in layers before the lanes, or after
 * them when a lane feeds them. Within a side, ungrouped nodes are layered by longest path. A root
 * edge that would point against these layers (from a node after the lanes into a lane or into a
 * node before them) is reversed, as edge-orientation.ts does for cycles, and flipped back later.
 * Items inside lanes keep no pseudo position: interactive layering then layers them by their edges
 * alone (every edge pushes its target one layer on), a longest-path layering within each lane.
 */
function pinLanes(
  root: ElkNode,
  plan: LanePlan,
  direction: 'right' | 'down',
  reversed: Set<string>,
  setPositions: boolean,
): void {
  const SPACING = 1e7;
  const lanes = new Map(plan.lanes.map((lane, i) => [lane, i]));
  const inLane = (id: string) => lanes.has(id) || plan.laneOfNode.has(id);
  const after = new Set<string>();
  for (const edge of root.edges ?? []) {
    const [s, t] = [edge.sources[0] as string, edge.targets[0] as string];
    if (inLane(s) && !inLane(t)) after.add(t);
  }
  const ungrouped = (root.children ?? []).filter((c) => !lanes.has(c.id)).map((c) => c.id);
  // Longest path among the ungrouped nodes of one side; root edges are acyclic among them.
  const depth = new Map(ungrouped.map((id) => [id, 0]));
  for (let round = 0; round < ungrouped.length; round++) {
    let changed = false;
    for (const edge of root.edges ?? []) {
      const [s, t] = [edge.sources[0] as string, edge.targets[0] as string];
      const ds = depth.get(s);
      const dt = depth.get(t);
      if (ds === undefined || dt === undefined || after.has(s) !== after.has(t) || dt > ds) continue;
      depth.set(t, ds + 1);
      changed = true;
    }
    if (!changed) break;
  }
  const before = Math.max(0, ...ungrouped.filter((id) => !after.has(id)).map((id) => (depth.get(id) ?? 0) + 1));
  const layerOf = (id: string): number => {
    if (lanes.has(id)) return before;
    if (plan.laneOfNode.has(id)) return before;
    return after.has(id) ? before + 1 + (depth.get(id) ?? 0) : (depth.get(id) ?? 0);
  };
  // elk gives the label dummies of CENTER edge labels (the client's request edge carries one) no
  // pseudo position, i.e. 0 on the flow axis. Were the lanes at 0, a label dummy would share their
  // layer and push the lane it leads into one layer on, splitting the stack (the offline lane
  // landed left of the online one). So the root's layers sit half a step off 0: before the lanes
  // negative, the lanes and after them positive, the label dummies in a layer of their own between.
  // The stacking order is also given as model order, which crossing minimisation keeps.
  root.children = [...(root.children ?? [])].sort((a, b) => (lanes.get(a.id) ?? -1) - (lanes.get(b.id) ?? -1));
  for (const child of root.children) {
    // Lanes of one layer share their start edge, however wide each is (elk centres them otherwise).
    if (lanes.has(child.id)) {
      child.layoutOptions = { ...child.layoutOptions, 'elk.alignment': direction === 'right' ? 'LEFT' : 'TOP' };
    }
  }
  for (const child of setPositions ? root.children : []) {
    const along = (layerOf(child.id) - before + 0.5) * SPACING;
    const across = (lanes.get(child.id) ?? 0) * SPACING;
    child.x = direction === 'right' ? along : across;
    child.y = direction === 'right' ? across : along;
  }
  for (const edge of root.edges ?? []) {
    const [s, t] = [edge.sources[0] as string, edge.targets[0] as string];
    // A label dummy (layer 0) lies between its edge's ends only on an edge from before the lanes
    // into them or past them. On an edge between two nodes before the lanes it would push the
    // target, and every lane that target feeds, behind the stack (seen on generated graphs with
    // many ungrouped nodes): such a label sits at the edge's tail end instead, with no dummy.
    if (edge.labels?.length && !after.has(s) && !inLane(s) && !after.has(t) && !inLane(t)) {
      edge.labels = edge.labels.map((l) => ({
        ...l,
        layoutOptions: { ...l.layoutOptions, 'elk.edgeLabels.placement': 'TAIL' },
      }));
    }
    if (layerOf(s) <= layerOf(t)) continue;
    edge.sources = [t];
    edge.targets = [s];
    if (reversed.has(edge.id)) reversed.delete(edge.id);
    else reversed.add(edge.id);
  }
}

/**
 * Gives every item a pseudo position from its slot: layer along the flow axis, order across it,
 * spaced far wider than any box so extents of different slots never overlap. Positions nest like
 * absolute coordinates (a child's is its parent's plus its own offset); elk reads them per
 * container, where a common offset changes nothing, so this holds whichever frame elk assumes.
 */
function pinSlots(
  root: ElkNode,
  slots: ReadonlyMap<string, LayerSlot>,
  direction: 'right' | 'down',
  rootShift = 0,
): void {
  // Larger than any box or group could grow (1,000 cards in a row), small enough to stay exact.
  const SPACING = 1e7;
  const visit = (parent: ElkNode, originAlong: number, originAcross: number) => {
    for (const child of parent.children ?? []) {
      const slot = slots.get(child.id);
      const along = originAlong + (slot ? slot.layer : 0) * SPACING;
      const across = originAcross + (slot ? slot.order : 0) * SPACING;
      child.x = direction === 'right' ? along : across;
      child.y = direction === 'right' ? across : along;
      if (child.children?.length) visit(child, along, across);
    }
  };
  visit(root, rootShift * SPACING, 0);
}
