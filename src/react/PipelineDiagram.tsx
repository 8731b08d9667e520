'use client';
import {
  type EdgeTypes,
  MarkerType,
  type NodeMouseHandler,
  type NodeTypes,
  ReactFlow,
  ReactFlowProvider,
} from '@xyflow/react';
import { type CSSProperties, type KeyboardEvent, useCallback, useMemo } from 'react';
import type { DiagramLayout } from '../layout';
import { type Diagram, parseDiagram } from '../schema';
import { DiagramErrorBoundary } from './DiagramErrorBoundary';
import { ErrorList } from './ErrorList';
import { RoutedEdge } from './edges/RoutedEdge';
import { ComponentNode, hasCardContent } from './nodes/ComponentNode';
import { GroupNode } from './nodes/GroupNode';
import { toFlow } from './to-flow';
import { useControllable } from './use-controllable';
import { useDiagramLayout } from './use-diagram-layout';

/** Props of PipelineDiagram. */
export interface PipelineDiagramProps {
  /**
   * The diagram: a validated `Diagram`, a plain object, or JSON/YAML text. It is validated with
   * `parseDiagram`; problems are listed in place of the diagram.
   */
  diagram: Diagram | unknown;
  /** A layout computed ahead of time (`mlsd layout`); skips elk while its hash matches. */
  layout?: DiagramLayout;
  /** Colour theme. @default 'light' */
  theme?: 'light' | 'dark' | 'auto';
  /** Ids of expanded nodes (controlled). */
  expanded?: string[];
  /** Ids of nodes expanded at first (uncontrolled). @default [] */
  defaultExpanded?: string[];
  /** Called with the new list when a node is expanded or collapsed. */
  onExpandedChange?: (expanded: string[]) => void;
  /** Overrides the diagram's flow direction. */
  direction?: 'right' | 'down';
  /** Viewing or practising. @default 'view' */
  mode?: 'view' | 'practice';
  /** Height of the diagram in px or any CSS length; by default it follows the diagram's aspect ratio. */
  height?: number | string;
  /** Extra class names for the root element. */
  className?: string;
}

const nodeTypes: NodeTypes = { component: ComponentNode, group: GroupNode } as NodeTypes;
const edgeTypes: EdgeTypes = { routed: RoutedEdge } as EdgeTypes;
const NO_EXPANDED: string[] = [];

/**
 * An interactive, automatically laid out ML system diagram. Click, Enter or Space on a node
 * expands it into its trade-off notes; invalid input shows located errors instead of throwing.
 */
export function PipelineDiagram(props: PipelineDiagramProps) {
  const parsed = useMemo(() => parseDiagram(props.diagram), [props.diagram]);
  const theme = props.theme ?? 'light';
  return (
    <div
      className={`mlsd-root mlsd:relative mlsd:w-full${props.className ? ` ${props.className}` : ''}`}
      data-theme={theme}
    >
      <DiagramErrorBoundary>
        {parsed.ok ? (
          <ReactFlowProvider>
            <DiagramCanvas {...props} diagram={parsed.diagram} />
          </ReactFlowProvider>
        ) : (
          <ErrorList errors={parsed.errors} />
        )}
      </DiagramErrorBoundary>
    </div>
  );
}

function DiagramCanvas(props: PipelineDiagramProps & { diagram: Diagram }) {
  const { diagram } = props;
  const [expanded, setExpanded] = useControllable(
    props.expanded,
    props.defaultExpanded ?? NO_EXPANDED,
    props.onExpandedChange,
  );
  const direction = props.direction ?? diagram.direction;
  const { layout } = useDiagramLayout(diagram, expanded, direction, props.layout);
  const flow = useMemo(
    () => (layout ? toFlow(layout, diagram, { expanded: new Set(expanded) }) : undefined),
    [layout, diagram, expanded],
  );
  const toggle = useCallback(
    (id: string) => {
      const node = diagram.nodes.find((n) => n.id === id);
      if (!node || !hasCardContent(node)) return;
      setExpanded(expanded.includes(id) ? expanded.filter((e) => e !== id) : [...expanded, id]);
    },
    [diagram, expanded, setExpanded],
  );
  const onNodeClick: NodeMouseHandler = useCallback((_, node) => toggle(node.id), [toggle]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const id = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
      if (!id) return;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        toggle(id);
      } else if (event.key === 'Escape' && expanded.includes(id)) {
        toggle(id);
      }
    },
    [toggle, expanded],
  );
  const style: CSSProperties = props.height
    ? { height: props.height }
    : { aspectRatio: layout ? `${layout.width} / ${layout.height}` : '16 / 9', minHeight: 240, maxHeight: '80vh' };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates keys from the focused node
    <div className="mlsd-canvas mlsd:w-full" style={style} onKeyDown={onKeyDown} aria-busy={!layout}>
      {flow ? (
        <ReactFlow
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          defaultEdgeOptions={{ markerEnd: { type: MarkerType.ArrowClosed, width: 16, height: 16 } }}
          fitView
          fitViewOptions={{ padding: 0.04 }}
          minZoom={0.1}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable
          zoomOnScroll={false}
          preventScrolling={false}
          zoomOnDoubleClick={false}
          onNodeClick={onNodeClick}
          colorMode={props.theme === 'dark' ? 'dark' : props.theme === 'auto' ? 'system' : 'light'}
          aria-label={`${diagram.title}: diagram`}
        />
      ) : (
        <div className="mlsd-loading">Laying out {diagram.title}…</div>
      )}
    </div>
  );
}
