import { type Edge, type Node, type NodeMouseHandler, useReactFlow } from '@xyflow/react';
import { type FocusEvent, type MouseEvent, type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import type { Diagram } from '../schema';
import { decorateFlow } from './decorate-flow';
import { downloadDataUrl, type ExportFormat, renderView } from './export-view';
import { inLineage, lineage } from './paths';
import { useFitOnResize } from './use-fit-on-resize';
import { type GestureProps, useScrollGate } from './use-scroll-gate';
import { SHOW_ALL, type ViewFilter, visibleUnder } from './view-filter';

/** Props `useDiagramView` contributes to `<ReactFlow>`. */
export type ViewFlowProps = GestureProps & {
  onNodeMouseEnter: NodeMouseHandler;
  onNodeMouseLeave: NodeMouseHandler;
  /** Selects the clicked node (or clears on the background); `onNodeClick` stays free for expanding. */
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onFocus: (event: FocusEvent<HTMLDivElement>) => void;
  onBlur: (event: FocusEvent<HTMLDivElement>) => void;
};

/** The reader's view of a diagram: highlight, filters, search target, export; see `useDiagramView`. */
export interface DiagramView<N extends Node, E extends Edge> {
  nodes: N[] | undefined;
  edges: E[] | undefined;
  flowProps: ViewFlowProps;
  /** Attach to the element wrapping toolbar and canvas: clicks inside it unlock zoom and pan. */
  rootRef: RefObject<HTMLDivElement | null>;
  /** Whether the reader has clicked in (wheel zooms, drag pans). */
  active: boolean;
  filter: ViewFilter;
  setFilter: (filter: ViewFilter) => void;
  /** Centres a node, selects it (highlighting its lineage) and focuses it. */
  centreOn: (id: string) => void;
  /** Renders the visible diagram and offers it as a download. */
  exportAs: (format: ExportFormat) => Promise<void>;
  /** How a node is currently shown, for overlays that follow it. */
  stateOf: (id: string) => 'hidden' | 'dim' | undefined;
}

const nodeIdOf = (target: EventTarget | null): string | undefined => {
  const id = (target as HTMLElement | null)?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
  return id && !id.startsWith('group:') ? id : undefined;
};

/**
 * View state layered over the drawn flow: hovering, focusing or selecting a node highlights its
 * lineage; the side and edge-kind filters hide the rest; embedding manners (scroll gate, re-fit
 * on resize); find-and-centre; export. Must run inside a ReactFlowProvider.
 */
export function useDiagramView<N extends Node, E extends Edge>(
  diagram: Diagram,
  flow: { nodes: N[]; edges: E[] } | undefined,
): DiagramView<N, E> {
  const rootRef = useRef<HTMLDivElement | null>(null);
  const instance = useReactFlow();
  const [filter, setFilter] = useState<ViewFilter>(SHOW_ALL);
  const [hoverId, setHoverId] = useState<string>();
  const [focusId, setFocusId] = useState<string>();
  const [selectedId, setSelectedId] = useState<string>();
  const focus = hoverId ?? focusId ?? selectedId;

  const lin = useMemo(
    () => (focus && diagram.nodes.some((n) => n.id === focus) ? lineage(diagram, focus) : undefined),
    [diagram, focus],
  );
  const visible = useMemo(
    () => (filter.side === 'all' && filter.edgeKind === 'all' ? undefined : visibleUnder(diagram, filter)),
    [diagram, filter],
  );
  const decorated = useMemo(
    () => (flow ? decorateFlow(flow, { lineage: lin, visible }) : undefined),
    [flow, lin, visible],
  );

  const { active, gestures } = useScrollGate(rootRef);
  useFitOnResize(rootRef, `${filter.side}|${filter.edgeKind}`);

  const flowProps: ViewFlowProps = {
    ...gestures,
    onNodeMouseEnter: useCallback((_, node) => setHoverId(node.id.startsWith('group:') ? undefined : node.id), []),
    onNodeMouseLeave: useCallback(() => setHoverId(undefined), []),
    onClick: useCallback((event: MouseEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (target.closest('.react-flow__node')) setSelectedId(nodeIdOf(target));
      else if (target.closest('.react-flow__pane')) setSelectedId(undefined);
    }, []),
    onFocus: useCallback((event: FocusEvent<HTMLDivElement>) => setFocusId(nodeIdOf(event.target)), []),
    onBlur: useCallback(() => setFocusId(undefined), []),
  };

  const centreOn = useCallback(
    (id: string) => {
      if (visible && !visible.nodes.has(id)) setFilter(SHOW_ALL);
      const node = instance.getNode(id);
      if (!node) return;
      const width = node.width ?? node.measured?.width ?? 0;
      const height = node.height ?? node.measured?.height ?? 0;
      const zoom = Math.max(instance.getZoom(), 1);
      instance.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom });
      setSelectedId(id);
      requestAnimationFrame(() =>
        rootRef.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus(),
      );
    },
    [instance, visible],
  );

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      const root = rootRef.current;
      const viewport = root?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!root || !viewport) return;
      const shown = instance.getNodes().filter((n) => !n.hidden);
      const bounds = instance.getNodesBounds(shown);
      const background = getComputedStyle(root).getPropertyValue('--mlsd-bg').trim() || '#ffffff';
      const url = await renderView(viewport, root.querySelector('.mlsd-markers'), bounds, format, background);
      downloadDataUrl(url, `${diagram.id}.${format}`);
    },
    [instance, diagram.id],
  );

  const stateOf = useCallback(
    (id: string) => (visible && !visible.nodes.has(id) ? 'hidden' : lin && !inLineage(lin, id) ? 'dim' : undefined),
    [visible, lin],
  );

  return {
    stateOf,
    nodes: decorated?.nodes,
    edges: decorated?.edges,
    flowProps,
    rootRef,
    active,
    filter,
    setFilter,
    centreOn,
    exportAs,
  };
}
