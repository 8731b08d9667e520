import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Diagram } from '../schema';
import { buildCard } from './card-metrics';
import { edgeIds } from './edge-ids';
import { LABEL_METRICS, sizeCollapsedNode } from './node-metrics';
import { widestLine, wrapText } from './text-metrics';

/** Text each node and edge label will show, decided here once and carried into the layout. */
export interface MeasuredText {
  nodes: Map<string, { labelLines: string[]; detailLines: string[]; expanded: boolean }>;
  edgeLabels: Map<string, string[]>;
}

/**
 * Layout options, chosen deliberately:
 * - layered: ML systems are pipelines; layers make the flow direction readable at a glance.
 * - INCLUDE_CHILDREN: groups are laid out together with the whole graph, so edges that cross
 *   group borders (online ↔ offline) are routed in one pass instead of through fixed ports.
 * - ORTHOGONAL routing: right-angle edges read as a schematic and never cut diagonally through boxes.
 * - considerModelOrder NODES_AND_EDGES: ties are broken by the author's order, which keeps the
 *   result stable and lets the file order express the intended reading order.
 * - cycleBreaking MODEL_ORDER: feedback loops (logging → training → serving) are reversed at the
 *   edge the author wrote last, so the main request path always reads forwards.
 * - NETWORK_SIMPLEX placement: straighter edges and fewer bends than Brandes-Köpf on pipelines.
 * - ROOT coordinates: every shape and edge comes back in one absolute frame; no re-basing needed.
 */
const ROOT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.spacing.nodeNodeBetweenLayers': '64',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.nodeNode': '32',
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.componentComponent': '48',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.randomSeed': '1',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

const GROUP_PADDING = `[top=${LABEL_METRICS.group.titleHeight + 8},left=${LABEL_METRICS.group.padding},bottom=${LABEL_METRICS.group.padding},right=${LABEL_METRICS.group.padding}]`;

/** Builds the elk input graph: groups as compound nodes, nodes sized from font metrics. */
export function toElkGraph(
  diagram: Diagram,
  direction: 'right' | 'down',
  expanded: ReadonlySet<string>,
): { graph: ElkNode; text: MeasuredText } {
  const text: MeasuredText = { nodes: new Map(), edgeLabels: new Map() };
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
    layoutOptions: { ...ROOT_OPTIONS, 'elk.direction': direction === 'down' ? 'DOWN' : 'RIGHT' },
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
  root.edges = diagram.edges.map((edge, i): ElkExtendedEdge => {
    const id = ids[i] as string;
    const elkEdge: ElkExtendedEdge = { id, sources: [edge.from], targets: [edge.to] };
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
    return elkEdge;
  });
  return { graph: root, text };
}
