import type { DiagramLayout } from '../layout';
import type { Diagram } from '../schema';
import type { CatalogCategory, CatalogEntry } from './types';

export type { CatalogCategory, CatalogEntry } from './types';

const built = import.meta.glob<{ diagram: Diagram; layout: DiagramLayout }>('../../.generated/catalog/*.json', {
  eager: true,
  import: 'default',
});

function categoryOf(diagram: Diagram): CatalogCategory {
  return diagram.tags?.includes('case-study') ? 'case-study' : 'pattern';
}

/**
 * Every reference architecture in the catalog, validated and laid out at build time: case studies
 * first, then patterns, each by title. `<PipelineDiagram diagram={e.diagram} layout={e.layout} />`.
 */
export const catalog: readonly CatalogEntry[] = Object.values(built)
  .map(({ diagram, layout }) => ({
    id: diagram.id,
    title: diagram.title,
    category: categoryOf(diagram),
    diagram,
    layout,
  }))
  .sort((a, b) => a.category.localeCompare(b.category) || a.title.localeCompare(b.title));

/** The catalog entry with this id, if there is one. */
export function getCatalogEntry(id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.id === id);
}
