import type { DiagramLayout } from '../layout';
import type { Diagram } from '../schema';

/** Which shelf of the catalog a diagram sits on. */
export type CatalogCategory = 'case-study' | 'pattern';

/** A reference architecture with its precomputed layout. */
export interface CatalogEntry {
  id: string;
  title: string;
  category: CatalogCategory;
  diagram: Diagram;
  /** Computed at build time; pass it to PipelineDiagram's `layout` prop to skip elk. */
  layout: DiagramLayout;
}
