import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import { buildCard } from './card-metrics';
import { edgeIds } from './edge-ids';
import { edgesToReverse } from './edge-orientation';
import { MENTAL_MAP_OPTIONS, REQUEST_EDGE_OPTIONS, ROOT_OPTIONS } from './elk-options';
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
  if (slots) pinSlots(root, slots, direction);

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
  return { graph: root, text, reversed, warnings };
}

/**
 * Gives every item a pseudo position from its slot: layer along the flow axis, order across it,
 * spaced far wider than any box so extents of different slots never overlap. Positions nest like
 * absolute coordinates (a child's is its parent's plus its own offset); elk reads them per
 * container, where a common offset changes nothing, so this holds whichever frame elk assumes.
 */
function pinSlots(root: ElkNode, slots: ReadonlyMap<string, LayerSlot>, direction: 'right' | 'down'): void {
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
  visit(root, 0, 0);
}
