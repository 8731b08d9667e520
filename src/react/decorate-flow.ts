import type { Edge, Node } from '@xyflow/react';
import { inLineage, type Lineage } from './paths';
import type { Visible } from './view-filter';

/** What the reader is looking at: the lineage being highlighted and what the filters leave visible. */
export interface Decorations {
  lineage?: Lineage;
  visible?: Visible;
}

const GROUP_PREFIX = 'group:';

/**
 * Marks React Flow nodes and edges for the current highlight and filters: filtered-out elements
 * get `hidden` (React Flow then does not mount them), highlighted ones the class `mlsd-lit`, the
 * rest `mlsd-dim`, the focus also `mlsd-focus`. Returns the same objects when nothing changes,
 * so React Flow skips work on an idle diagram. Pure.
 */
export function decorateFlow<N extends Node, E extends Edge>(
  flow: { nodes: N[]; edges: E[] },
  { lineage, visible }: Decorations,
): { nodes: N[]; edges: E[] } {
  if (!lineage && !visible) return flow;
  const nodes = flow.nodes.map((node) => {
    const isGroup = node.id.startsWith(GROUP_PREFIX);
    const hidden = visible
      ? !(isGroup ? visible.groups.has(node.id.slice(GROUP_PREFIX.length)) : visible.nodes.has(node.id))
      : false;
    const mark = !lineage || isGroup ? undefined : inLineage(lineage, node.id) ? 'mlsd-lit' : 'mlsd-dim';
    const focus = lineage?.focus === node.id ? ' mlsd-focus' : '';
    return withView(node, hidden, mark && `${mark}${focus}`);
  });
  const edges = flow.edges.map((edge) => {
    const hidden = visible ? !visible.edges.has(edge.id) : false;
    const mark = lineage ? (lineage.edges.has(edge.id) ? 'mlsd-lit' : 'mlsd-dim') : undefined;
    return withView(edge, hidden, mark);
  });
  return { nodes, edges };
}

function withView<T extends Node | Edge>(item: T, hidden: boolean, mark: string | undefined): T {
  if (!hidden && !mark) return item;
  const className = [item.className, mark].filter(Boolean).join(' ') || undefined;
  return { ...item, hidden, className };
}
