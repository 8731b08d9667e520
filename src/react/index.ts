export {
  type DiagramOutline,
  describeDiagram,
  type OutlineComponent,
  type OutlineLink,
  type OutlineSection,
  outlineDiagram,
} from './describe-diagram';
export { ErrorList } from './ErrorList';
export { KIND_NAMES } from './kind-names';
export { Legend, type LegendProps } from './Legend';
export { PipelineDiagram, type PipelineDiagramProps } from './PipelineDiagram';
export { toFlow, type ViewState } from './to-flow';
