'use client';
import { type EdgeTypes, type NodeMouseHandler, type NodeTypes, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { type CSSProperties, useCallback, useId, useMemo, useState } from 'react';
import type { DiagramLayout } from '../layout';
import { type Diagram, parseDiagram } from '../schema';
import { DiagramChrome } from './DiagramChrome';
import { DiagramErrorBoundary } from './DiagramErrorBoundary';
import { DiagramOverlays } from './DiagramOverlays';
import { ErrorList } from './ErrorList';
import { ExpandControls } from './ExpandControls';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { MarkerPrefixContext, markerPrefix } from './edges/marker-context';
import { RoutedEdge } from './edges/RoutedEdge';
import { inReadingOrder } from './keyboard-nav';
import { Legend } from './Legend';
import { ComponentNode, hasCardContent } from './nodes/ComponentNode';
import { GroupNode } from './nodes/GroupNode';
import { TextAlternative } from './TextAlternative';
import { toFlow } from './to-flow';
import { useControllable } from './use-controllable';
import { useDiagramKeys } from './use-diagram-keys';
import { useDiagramLayout } from './use-diagram-layout';
import { useDiagramView } from './use-diagram-view';
import { useRelayoutMotion } from './use-relayout-motion';
import { ZoomVariable } from './ZoomVariable';

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
  /** Show a minimap in the corner. @default false */
  minimap?: boolean;
  /** Show zoom and fit buttons. @default false */
  controls?: boolean;
  /** Show the legend (node kinds, edge kinds, lanes) below the diagram at first. @default false */
  legend?: boolean;
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
      <DiagramErrorBoundary resetKey={props.diagram}>
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
  const { layout: computed } = useDiagramLayout(diagram, expanded, direction, props.layout);
  const { layout, order } = useMemo(
    () => (computed ? inReadingOrder(computed) : { layout: undefined, order: [] }),
    [computed],
  );
  const flow = useMemo(
    () => (layout ? toFlow(layout, diagram, { expanded: new Set(expanded) }) : undefined),
    [layout, diagram, expanded],
  );
  const expandable = useMemo(() => diagram.nodes.filter(hasCardContent).map((n) => n.id), [diagram]);
  const [legendOpen, setLegendOpen] = useState(props.legend ?? false);
  const ids = markerPrefix(useId());
  const moving = useRelayoutMotion(layout?.hash);
  const toggle = useCallback(
    (id: string) => {
      const node = diagram.nodes.find((n) => n.id === id);
      if (!node || !hasCardContent(node)) return;
      setExpanded(expanded.includes(id) ? expanded.filter((e) => e !== id) : [...expanded, id]);
    },
    [diagram, expanded, setExpanded],
  );
  const view = useDiagramView(diagram, flow);
  // Enter and Space on a node's header button arrive here as clicks too; links in a card do not toggle.
  const onNodeClick: NodeMouseHandler = useCallback(
    (event, node) => !(event.target as HTMLElement).closest('a') && toggle(node.id),
    [toggle],
  );
  const keys = useDiagramKeys({ diagram, layout, order, expanded, collapse: toggle });
  const style: CSSProperties = props.height
    ? { height: props.height }
    : { aspectRatio: layout ? `${layout.width} / ${layout.height}` : '16 / 9', minHeight: 240, maxHeight: '80vh' };

  return (
    <MarkerPrefixContext.Provider value={ids}>
      <DiagramChrome diagram={diagram} view={view}>
        <ExpandControls
          expandable={expandable.length}
          open={expanded.filter((id) => expandable.includes(id)).length}
          onExpandAll={() => setExpanded(expandable)}
          onCollapseAll={() => setExpanded(NO_EXPANDED)}
          legendOpen={legendOpen}
          legendId={`${ids}-legend`}
          onLegendChange={setLegendOpen}
        />
        <div
          className="mlsd-canvas mlsd:w-full"
          style={style}
          {...keys}
          aria-busy={!layout}
          aria-describedby={`${ids}-text`}
          data-moving={moving || undefined}
        >
          {flow && layout ? (
            <ReactFlow
              nodes={view.nodes}
              edges={view.edges}
              {...view.flowProps}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              fitView
              fitViewOptions={{ padding: 0.04 }}
              // Low enough that a wide pipeline still fits whole in a 360 px column; readers zoom in.
              minZoom={0.02}
              nodesDraggable={false}
              nodesConnectable={false}
              nodesFocusable={false}
              edgesFocusable={false}
              elementsSelectable
              zoomOnDoubleClick={false}
              onNodeClick={onNodeClick}
              colorMode={props.theme === 'dark' ? 'dark' : props.theme === 'auto' ? 'system' : 'light'}
              aria-label={`${diagram.title}: diagram`}
            >
              <EdgeMarkers prefix={ids} />
              <ZoomVariable />
              <DiagramOverlays diagram={diagram} minimap={props.minimap} controls={props.controls} />
            </ReactFlow>
          ) : (
            <div className="mlsd-loading">Laying out {diagram.title}…</div>
          )}
        </div>
        {legendOpen && <Legend id={`${ids}-legend`} diagram={diagram} />}
        <TextAlternative id={`${ids}-text`} diagram={diagram} />
      </DiagramChrome>
    </MarkerPrefixContext.Provider>
  );
}
