export { diagramSchema, ID_PATTERN, isSafeUrl } from './diagram-schema';
export type { DiagramError, DiagramErrorCode, ParseResult } from './errors';
export { formatError, formatPath } from './errors';
export type { EdgeKind, FrameworkStep, NodeKind, Stage } from './kinds';
export { EDGE_KINDS, FRAMEWORK_STEPS, NODE_KINDS, STAGES, SUPPORTED_VERSIONS } from './kinds';
export { LIMITS } from './limits';
export { defineDiagram, parseDiagram } from './parse-diagram';
export type {
  Diagram,
  DiagramEdge,
  DiagramGroup,
  DiagramInput,
  DiagramLink,
  DiagramNode,
  Tradeoff,
} from './types';
