import { type DiagramLayout, PipelineDiagram, parseDiagram } from '../../src';
import { DiagramNotes } from './DiagramNotes';

/** A catalog diagram as a reader sees it: the diagram, and its requirements, framing and metrics beside it. */
export function CatalogPage({
  diagram,
  layout,
  theme,
}: {
  diagram: unknown;
  layout: DiagramLayout | undefined;
  theme: 'light' | 'dark' | 'auto';
}) {
  const parsed = parseDiagram(diagram);
  return (
    <div className="catalog-page" data-theme={theme}>
      <header className="catalog-page-header">
        <h1>{parsed.ok ? parsed.diagram.title : 'Invalid diagram'}</h1>
        {parsed.ok && parsed.diagram.summary && <p>{parsed.diagram.summary}</p>}
      </header>
      <div className="catalog-page-body">
        <div className="catalog-page-diagram">
          <PipelineDiagram diagram={diagram} layout={layout} theme={theme} height="min(72vh, 720px)" />
        </div>
        {parsed.ok && <DiagramNotes diagram={parsed.diagram} />}
      </div>
    </div>
  );
}
