import { type EdgeTypes, type NodeMouseHandler, type NodeTypes, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { type CSSProperties, memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import type { DiagramLayout } from '../layout';
import type { Diagram } from '../schema';
import { DiagramChrome } from './DiagramChrome';
import { DiagramOverlays } from './DiagramOverlays';
import { ErrorList } from './ErrorList';
import { ExpandControls } from './ExpandControls';
import { EdgeMarkers } from './edges/EdgeMarkers';
import { MarkerPrefixContext, markerPrefix } from './edges/marker-context';
import { RoutedEdge } from './edges/RoutedEdge';
import { inReadingOrder } from './keyboard-nav';
import { Legend } from './Legend';
import { LARGE_DIAGRAM, LargeDiagramContext } from './level-of-detail';
import { ComponentNode, hasCardContent } from './nodes/ComponentNode';
import { GroupNode } from './nodes/GroupNode';
import type { PipelineDiagramProps } from './PipelineDiagram';
import { TextAlternative } from './TextAlternative';
import { toFlow } from './to-flow';
import { useControllable } from './use-controllable';
import { useDiagramKeys } from './use-diagram-keys';
import { useDiagramLayout } from './use-diagram-layout';
import { useDiagramView } from './use-diagram-view';
import { type FitLimits, useFirstViewport } from './use-first-viewport';
import { FIT_PADDING } from './use-fit-on-resize';
import { useRelayoutMotion } from './use-relayout-motion';
import { ZoomVariable } from './ZoomVariable';

/**
 * Nodes and edges draw from their `data` alone. React Flow renders every node wrapper again as it
 * measures nodes and sets up the viewport; without this, each of those passes (three before the
 * first frame) redraws every node's whole content.
 */
const sameData = <P extends { id: string; data?: unknown }>(a: P, b: P) => a.data === b.data && a.id === b.id;
const nodeTypes: NodeTypes = {
  component: memo(ComponentNode, sameData),
  group: memo(GroupNode, sameData),
} as NodeTypes;
const edgeTypes: EdgeTypes = { routed: memo(RoutedEdge, sameData) } as EdgeTypes;
const NO_EXPANDED: string[] = [];
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING };
/** Low enough that a wide pipeline fits whole in a 360 px column, and a 1,000-node one in a page; readers zoom in. */
const MIN_ZOOM = 0.005;
/** React Flow's default, named so the first fit uses the same limits as React Flow's own. */
const MAX_ZOOM = 2;
const FIT_LIMITS: FitLimits = { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, padding: FIT_PADDING };

/** The canvas's size: the `height` prop, or the layout's aspect ratio within sensible bounds. */
export function canvasStyle(height: number | string | undefined, layout: DiagramLayout | undefined): CSSProperties {
  return height
    ? { height }
    : { aspectRatio: layout ? `${layout.width} / ${layout.height}` : '16 / 9', minHeight: 240, maxHeight: '80vh' };
}

/**
 * A validated diagram on its canvas: holds the expansion state, gets the layout (precomputed or
 * from the worker) and hands the first nodes to React Flow's store as it is created, so they are
 * drawn in the first frame, already fitted (and by server rendering), rather than after an effect.
 */
export function DiagramCanvas(props: PipelineDiagramProps & { diagram: Diagram }) {
  const { diagram } = props;
  const [expanded, setExpanded] = useControllable(
    props.expanded,
    props.defaultExpanded ?? NO_EXPANDED,
    props.onExpandedChange,
  );
  const direction = props.direction ?? diagram.direction;
  const { layout: computed, error: layoutError } = useDiagramLayout(diagram, expanded, direction, props.layout);
  const { layout, order } = useMemo(
    () => (computed ? inReadingOrder(computed) : { layout: undefined, order: [] }),
    [computed],
  );
  const flow = useMemo(
    () => (layout ? toFlow(layout, diagram, { expanded: new Set(expanded) }) : undefined),
    [layout, diagram, expanded],
  );
  return (
    <ReactFlowProvider
      initialNodes={flow?.nodes}
      initialEdges={flow?.edges}
      fitView
      initialFitViewOptions={FIT_VIEW_OPTIONS}
      initialMinZoom={MIN_ZOOM}
    >
      <FlowView
        {...props}
        expanded={expanded}
        setExpanded={setExpanded}
        layout={layout}
        layoutError={layoutError}
        order={order}
        flow={flow}
      />
    </ReactFlowProvider>
  );
}

type FlowViewProps = Omit<PipelineDiagramProps, 'layout'> & {
  diagram: Diagram;
  expanded: string[];
  setExpanded: (expanded: string[]) => void;
  layout: DiagramLayout | undefined;
  layoutError: string | undefined;
  order: readonly string[];
  flow: ReturnType<typeof toFlow> | undefined;
};

/** The reader's view inside React Flow's store: chrome, canvas, legend and text alternative. */
function FlowView(props: FlowViewProps) {
  const { diagram, expanded, setExpanded, layout, layoutError, order, flow } = props;
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
  const large = diagram.nodes.length > LARGE_DIAGRAM;
  const keys = useDiagramKeys({ diagram, layout, order, expanded, collapse: toggle });
  const style = canvasStyle(props.height, layout);
  const canvasRef = useRef<HTMLDivElement>(null);
  const firstViewport = useFirstViewport(canvasRef, flow?.nodes, FIT_LIMITS);

  return (
    <MarkerPrefixContext.Provider value={ids}>
      <LargeDiagramContext.Provider value={large}>
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
            ref={canvasRef}
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
                fitViewOptions={FIT_VIEW_OPTIONS}
                minZoom={MIN_ZOOM}
                maxZoom={MAX_ZOOM}
                defaultViewport={firstViewport}
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
            ) : layoutError ? (
              <ErrorList
                title="This diagram could not be laid out"
                errors={[{ code: 'internal_error', path: [], message: layoutError }]}
              />
            ) : (
              <div className="mlsd-loading">Laying out {diagram.title}…</div>
            )}
          </div>
          {legendOpen && <Legend id={`${ids}-legend`} diagram={diagram} />}
          <TextAlternative id={`${ids}-text`} diagram={diagram} />
        </DiagramChrome>
      </LargeDiagramContext.Provider>
    </MarkerPrefixContext.Provider>
  );
}
