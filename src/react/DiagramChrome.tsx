import type { Edge, Node } from '@xyflow/react';
import { type ReactNode, useEffect, useState } from 'react';
import type { Diagram } from '../schema';
import { DiagramToolbar } from './DiagramToolbar';
import { NodeSearch } from './NodeSearch';
import type { DiagramView } from './use-diagram-view';

/** Props of DiagramChrome. */
export interface DiagramChromeProps<N extends Node, E extends Edge> {
  diagram: Diagram;
  view: DiagramView<N, E>;
  /** The canvas. */
  children: ReactNode;
}

/**
 * Everything around the canvas that belongs to the reader's view: the toolbar, the find box
 * (opened with `/` or Ctrl+K while focus is inside the diagram — never as a page-wide shortcut,
 * which would steal keys from the host page) and the element that arms zoom and pan on click.
 */
export function DiagramChrome<N extends Node, E extends Edge>({ diagram, view, children }: DiagramChromeProps<N, E>) {
  const [searching, setSearching] = useState(false);
  const { rootRef } = view;
  useEffect(() => {
    const element = rootRef.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, select, textarea, [contenteditable="true"]')) return;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !ctrlK) return;
      event.preventDefault();
      setSearching(true);
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [rootRef]);
  return (
    <div ref={rootRef} className="mlsd-chrome" data-active={view.active}>
      <div className="mlsd-toolbar-wrap">
        <DiagramToolbar
          diagram={diagram}
          filter={view.filter}
          onFilterChange={view.setFilter}
          onSearch={() => setSearching(true)}
          onExport={view.exportAs}
        />
        {searching && <NodeSearch diagram={diagram} onPick={view.centreOn} onClose={() => setSearching(false)} />}
      </div>
      {children}
    </div>
  );
}
