import { type DiagramLayout, PipelineDiagram, parseDiagram } from '../../src';
import { DiagramNotes } from './DiagramNotes';

/** Room for opened cards over the closed diagram's own height. */
const EXPANSION_ROOM = 1.4;

/**
 * A steady canvas height (it does not jump as cards open): the closed diagram's aspect ratio plus
 * room for cards, so a narrow column does not frame a thin strip of diagram in a tall empty box,
 * within 300 px and the smaller of 72vh and 720 px.
 */
function canvasHeight(layout: DiagramLayout | undefined): string {
  const ratio = layout ? (layout.height / layout.width) * EXPANSION_ROOM : 0.5;
  return `min(72vh, 720px, max(300px, ${ratio.toFixed(3)} * 100vw))`;
}

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
          <PipelineDiagram diagram={diagram} layout={layout} theme={theme} height={canvasHeight(layout)} />
        </div>
        {parsed.ok && <DiagramNotes diagram={parsed.diagram} />}
      </div>
    </div>
  );
}
