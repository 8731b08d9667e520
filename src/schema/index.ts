export { diagramSchema, ID_PATTERN } from './diagram-schema';
export type { DiagramError, DiagramErrorCode, ParseResult } from './errors';
export { formatError, formatPath } from './errors';
export { diagramJsonSchema, diagramJsonSchemaText } from './json-schema';
export type { EdgeKind, FrameworkStep, NodeKind, Stage } from './kinds';
export {
  EDGE_KIND_DESCRIPTIONS,
  EDGE_KINDS,
  FRAMEWORK_STEPS,
  NODE_KIND_DESCRIPTIONS,
  NODE_KINDS,
  STAGE_DESCRIPTIONS,
  STAGES,
  SUPPORTED_VERSIONS,
} from './kinds';
export { LIMITS } from './limits';
export { defineDiagram, parseDiagram } from './parse-diagram';
export { isSafeUrl } from './safe-url';
export type {
  Diagram,
  DiagramEdge,
  DiagramGroup,
  DiagramInput,
  DiagramLink,
  DiagramNode,
  Tradeoff,
} from './types';
