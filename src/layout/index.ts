export type { CardBlock, CardTextStyle } from './card-metrics';
export { buildCard, CARD_METRICS } from './card-metrics';
export { edgeIds } from './edge-ids';
export { layoutDiagram } from './layout-diagram';
export { LAYOUT_ENGINE_VERSION, layoutHash } from './layout-key';
export { LABEL_METRICS, NODE_METRICS, sizeCollapsedNode } from './node-metrics';
export { measureText, wrapText } from './text-metrics';
export type { Box, DiagramLayout, LayoutEdge, LayoutGroup, LayoutNode, LayoutOptions, Point } from './types';
