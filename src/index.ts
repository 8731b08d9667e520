/**
 * mlsd-diagrams: typed JSON descriptions of ML systems → laid-out, interactive diagrams.
 * Load the stylesheet once: `import 'mlsd-diagrams/style.css'`.
 */
export type { Box, DiagramLayout, LayoutEdge, LayoutGroup, LayoutNode, LayoutOptions, Point } from './layout';
export { isLayoutCurrent, layoutDiagram } from './layout';
export {
  type DiagramOutline,
  describeDiagram,
  ErrorList,
  Legend,
  type LegendProps,
  outlineDiagram,
  PipelineDiagram,
  type PipelineDiagramProps,
} from './react';
export type {
  Diagram,
  DiagramEdge,
  DiagramError,
  DiagramErrorCode,
  DiagramGroup,
  DiagramInput,
  DiagramLink,
  DiagramNode,
  EdgeKind,
  NodeKind,
  ParseResult,
  Stage,
  Tradeoff,
} from './schema';
export { defineDiagram, EDGE_KINDS, formatError, NODE_KINDS, parseDiagram } from './schema';

import './react/styles.css';
