export { ErrorList } from './ErrorList';
export { PipelineDiagram, type PipelineDiagramProps } from './PipelineDiagram';
export { toFlow, type ViewState } from './to-flow';
