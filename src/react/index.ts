/**
 * mlsd-diagrams/react: the interactive view alone. Nothing here loads the validator or elk up
 * front: PipelineDiagram fetches them on demand, and a diagram given with its precomputed layout
 * is drawn without either. Load the stylesheet once: `import 'mlsd-diagrams/style.css'`.
 */
export type { DiagramLayout } from '../layout';
export { isLayoutCurrent } from '../layout/layout-key';
export type { Diagram, DiagramError } from '../schema';
export {
  type DiagramOutline,
  describeDiagram,
  type OutlineComponent,
  type OutlineLink,
  type OutlineSection,
  outlineDiagram,
} from './describe-diagram';
export { ErrorList } from './ErrorList';
export { Legend, type LegendProps } from './Legend';
export { PipelineDiagram, type PipelineDiagramProps } from './PipelineDiagram';
