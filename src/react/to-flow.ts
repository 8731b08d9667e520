import { type Edge, type Node, type NodeHandle, Position } from '@xyflow/react';
import type { DiagramLayout, LayoutEdge, LayoutGroup, LayoutNode } from '../layout';
import { edgeIds } from '../layout/edge-ids';
import type { Diagram, DiagramEdge, DiagramGroup, DiagramNode } from '../schema';

/** Data carried by a component node in React Flow. */
export type ComponentNodeData = { node: DiagramNode; box: LayoutNode; expanded: boolean };
/** Data carried by a group lane in React Flow. */
export type GroupNodeData = { group: DiagramGroup; box: LayoutGroup };
/** Data carried by a routed edge in React Flow. */
export type RoutedEdgeData = { edge: DiagramEdge; route: LayoutEdge };

export type ComponentFlowNode = Node<ComponentNodeData, 'component'>;
export type GroupFlowNode = Node<GroupNodeData, 'group'>;
export type RoutedFlowEdge = Edge<RoutedEdgeData, 'routed'>;

/** What the view shows beyond positions. */
export interface ViewState {
  expanded: ReadonlySet<string>;
}

/**
 * Converts a laid-out diagram into React Flow nodes and edges. Pure: positions come from the
 * layout only; groups become non-interactive background nodes drawn beneath the components.
 */
export function toFlow(
  layout: DiagramLayout,
  diagram: Diagram,
  view: ViewState,
): { nodes: (ComponentFlowNode | GroupFlowNode)[]; edges: RoutedFlowEdge[] } {
  const groupById = new Map(diagram.groups.map((g) => [g.id, g]));
  const nodeById = new Map(diagram.nodes.map((n) => [n.id, n]));
  const groups: GroupFlowNode[] = layout.groups.flatMap((box) => {
    const group = groupById.get(box.id);
    if (!group || box.width === 0) return [];
    return [
      {
        id: `group:${box.id}`,
        type: 'group' as const,
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        zIndex: box.depth - 100,
        selectable: false,
        focusable: false,
        draggable: false,
        data: { group, box },
      },
    ];
  });
  const nodes: ComponentFlowNode[] = layout.nodes.flatMap((box) => {
    const node = nodeById.get(box.id);
    if (!node) return [];
    return [
      {
        id: box.id,
        type: 'component' as const,
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        // Where ComponentNode's handles sit: declared so edges are drawn before React Flow has
        // measured the node (first commit, server rendering); routes come from the layout anyway.
        handles: handlesOf(box),
        draggable: false,
        data: { node, box, expanded: view.expanded.has(box.id) },
      },
    ];
  });
  const ids = edgeIds(diagram);
  const routeById = new Map(layout.edges.map((e) => [e.id, e]));
  const edges: RoutedFlowEdge[] = diagram.edges.flatMap((edge, i) => {
    const id = ids[i] as string;
    const route = routeById.get(id);
    if (!route) return [];
    return [{ id, source: edge.from, target: edge.to, type: 'routed' as const, data: { edge, route } }];
  });
  return { nodes: [...groups, ...nodes], edges };
}

function handlesOf(box: LayoutNode): NodeHandle[] {
  const y = box.height / 2;
  return [
    { type: 'target', position: Position.Left, x: 0, y, width: 1, height: 1 },
    { type: 'source', position: Position.Right, x: box.width - 1, y, width: 1, height: 1 },
  ];
}
