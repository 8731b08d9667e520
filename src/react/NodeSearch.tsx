import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { Diagram } from '../schema';
import { findNodes } from './find-nodes';

/** Props of NodeSearch. */
export interface NodeSearchProps {
  diagram: Diagram;
  /** Called with the chosen node's id. */
  onPick: (id: string) => void;
  /** Called on Escape or when the box loses focus. */
  onClose: () => void;
}

/**
 * A small search box (combobox with a list of matches) for finding a node by label, id or alias.
 * Arrow keys move through the matches, Enter centres the highlighted one, Escape closes.
 */
export function NodeSearch({ diagram, onPick, onClose }: NodeSearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => findNodes(diagram, query), [diagram, query]);
  const listId = useId();
  const pick = (id: string | undefined) => {
    if (!id) return;
    onPick(id);
    onClose();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(matches[active]?.id);
    }
  };
  return (
    <div className="mlsd-search">
      <input
        className="mlsd-search-input"
        role="combobox"
        aria-label={`Find a component in ${diagram.title}`}
        aria-expanded={matches.length > 0}
        aria-controls={listId}
        aria-activedescendant={matches[active] ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder="Find a component…"
        // biome-ignore lint/a11y/noAutofocus: the box opens on an explicit request (/ or Ctrl+K)
        autoFocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={onClose}
      />
      {matches.length > 0 && (
        <div className="mlsd-search-list" id={listId} role="listbox" aria-label="Matching components">
          {matches.map((match, i) => (
            <div
              key={match.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="mlsd-search-option"
              // Pointer down, not click: the input's blur would close the list first.
              onPointerDown={(event) => {
                event.preventDefault();
                pick(match.id);
              }}
            >
              <span className="mlsd-search-label">{match.label}</span>
              {match.matched !== match.label && <span className="mlsd-search-alias">{match.matched}</span>}
            </div>
          ))}
        </div>
      )}
      {query && matches.length === 0 && <p className="mlsd-search-empty">No component matches “{query}”.</p>}
    </div>
  );
}
