import { memo, startTransition, useEffect, useState } from 'react';
import type { Diagram } from '../schema';
import {
  componentSentence,
  linksSentence,
  type OutlineComponent,
  type OutlineSection,
  outlineDiagram,
  sectionTitle,
} from './describe-diagram';
import { useRenderedFromServer } from './use-rendered-from-server';
import { whenIdle } from './when-idle';

/**
 * The diagram as nested lists — groups, components, what feeds what — visually hidden but read
 * by screen readers in place of the picture. Same content as `describeDiagram`. Mounted in the
 * browser, the outline is written when the page is idle, after the diagram is drawn: it is a
 * hundred-odd elements for a catalog diagram and thousands for a large one, none of which the
 * first frame shows. Server rendering (and hydrating it) writes it at once. Memoised: it depends
 * only on the diagram, and re-rendering a large outline on every hover is costly.
 */
export const TextAlternative = memo(function TextAlternative({ diagram, id }: { diagram: Diagram; id?: string }) {
  const fromServer = useRenderedFromServer();
  const [shown, setShown] = useState<Diagram | undefined>(fromServer ? diagram : undefined);
  useEffect(() => {
    if (shown === diagram) return;
    return whenIdle(() => startTransition(() => setShown(diagram)));
  }, [diagram, shown]);
  return (
    <section id={id} className="mlsd-sr-only" aria-label={`${diagram.title}: text description`}>
      {shown && <Outline diagram={shown} />}
    </section>
  );
});

function Outline({ diagram }: { diagram: Diagram }) {
  const outline = outlineDiagram(diagram);
  return (
    <>
      <p>
        {outline.title}
        {outline.summary ? `: ${outline.summary}` : ''}
      </p>
      {outline.sections.length > 0 && (
        <ul>
          {outline.sections.map((s) => (
            <Section key={s.id} section={s} />
          ))}
        </ul>
      )}
      {outline.ungrouped.length > 0 && (
        <>
          <p>{outline.sections.length ? 'Other components' : 'Components'}</p>
          <Components items={outline.ungrouped} />
        </>
      )}
    </>
  );
}

function Section({ section }: { section: OutlineSection }) {
  return (
    <li>
      {sectionTitle(section)}
      <Components items={section.components} />
      {section.sections.length > 0 && (
        <ul>
          {section.sections.map((s) => (
            <Section key={s.id} section={s} />
          ))}
        </ul>
      )}
    </li>
  );
}

function Components({ items }: { items: readonly OutlineComponent[] }) {
  if (!items.length) return null;
  return (
    <ul>
      {items.map((c) => (
        <li key={c.id}>
          {componentSentence(c)}.{c.from.length > 0 && ` ${linksSentence('Receives from', c.from)}`}
          {c.to.length > 0 && ` ${linksSentence('Feeds', c.to)}`}
        </li>
      ))}
    </ul>
  );
}
