import { useMemo, useState } from 'react';
import { type CatalogEntry, catalog } from '../../src/catalog';

/** Story id of a catalog entry; matches the ids the catalog indexer gives (.storybook/catalog-stories.ts). */
function storyId(entry: CatalogEntry): string {
  return `${entry.category === 'case-study' ? 'case-studies' : 'patterns'}--${entry.id}`;
}

function matches(entry: CatalogEntry, words: string[]): boolean {
  const d = entry.diagram;
  const haystack = [
    d.title,
    d.summary ?? '',
    ...(d.tags ?? []),
    ...d.nodes.map((n) => `${n.label} ${(n.aliases ?? []).join(' ')}`),
  ]
    .join(' ')
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/** Every catalog diagram as a card, filtered by tag and by a text search over titles, summaries and components. */
export function CatalogIndex({
  theme,
  entries = catalog,
}: {
  theme: 'light' | 'dark' | 'auto';
  entries?: readonly CatalogEntry[];
}) {
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState<string | undefined>();
  const tags = useMemo(() => [...new Set(entries.flatMap((e) => e.diagram.tags ?? []))].sort(), [entries]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = entries.filter((e) => (!tag || e.diagram.tags?.includes(tag)) && matches(e, words));
  return (
    <div className="catalog-index" data-theme={theme}>
      <h1>Reference architectures</h1>
      <p>
        {entries.length} ML system designs: the book's case studies and the patterns they share. Open one to see the
        diagram; click a component for its trade-offs.
      </p>
      <div className="catalog-index-controls">
        <input
          type="search"
          aria-label="Search the catalog"
          placeholder="Search: ranking, ANN…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button
          type="button"
          className="catalog-chip"
          aria-pressed={tag === undefined}
          onClick={() => setTag(undefined)}
        >
          all
        </button>
        {tags.map((t) => (
          <button
            key={t}
            type="button"
            className="catalog-chip"
            aria-pressed={tag === t}
            onClick={() => setTag(tag === t ? undefined : t)}
          >
            {t}
          </button>
        ))}
      </div>
      <p aria-live="polite">{shown.length === entries.length ? '' : `${shown.length} of ${entries.length} shown`}</p>
      <ul className="catalog-cards">
        {shown.map((entry) => (
          <li key={entry.id} className="catalog-card" data-id={entry.id}>
            <h2>
              <a href={`/?path=/story/${storyId(entry)}`} target="_top">
                {entry.title}
              </a>
            </h2>
            <p>{entry.diagram.summary}</p>
            <div className="catalog-card-tags">{(entry.diagram.tags ?? []).join(' · ')}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}
