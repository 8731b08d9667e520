import { useEffect, useMemo, useState } from 'react';
import type { DiagramLayout } from '../layout';
import { layoutHash } from '../layout/layout-key';
import type { Diagram } from '../schema';

/**
 * The layout code (and, through it, the worker that loads elk) arrives with a dynamic import:
 * a page that only shows precomputed layouts never downloads it.
 */
const loadLayout = () => import('../layout/layout-diagram');

/**
 * The layout to draw: the precomputed one when its hash matches the diagram and expansion state,
 * otherwise one computed with elk in a worker (loaded on demand). While a new layout is computed
 * the previous one stays on screen.
 */
export function useDiagramLayout(
  diagram: Diagram,
  expanded: readonly string[],
  direction: 'right' | 'down',
  precomputed: DiagramLayout | undefined,
): { layout: DiagramLayout | undefined; pending: boolean; error?: string } {
  const expandedKey = [...expanded].sort().join('\n');
  const hash = useMemo(
    () => layoutHash(diagram, direction, expandedKey ? expandedKey.split('\n') : []),
    [diagram, direction, expandedKey],
  );
  const usable = precomputed && precomputed.hash === hash ? precomputed : undefined;
  const [computed, setComputed] = useState<DiagramLayout | undefined>(undefined);
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (usable || computed?.hash === hash) return;
    if (precomputed && !expandedKey) {
      console.warn(
        `mlsd-diagrams: the precomputed layout for '${diagram.id}' is stale (hash ${precomputed.hash}, expected ${hash}); recomputing. Run \`mlsd layout\` again.`,
      );
    }
    let cancelled = false;
    // The precomputed collapsed layout is the base an expanded relayout keeps its layers from
    // (layoutDiagram ignores it when its hash does not match).
    const options = { expanded: expandedKey ? expandedKey.split('\n') : [], direction, base: precomputed };
    loadLayout()
      .then(({ layoutDiagram }) => layoutDiagram(diagram, options))
      .then(
        (result) => {
          if (!cancelled) setComputed(result);
        },
        (cause: unknown) => {
          // layoutDiagram never rejects; only loading its code can fail (e.g. offline).
          if (!cancelled) setError(`the layout engine could not be loaded (${String(cause)})`);
        },
      );
    return () => {
      cancelled = true;
    };
  }, [usable, computed?.hash, hash, diagram, direction, expandedKey, precomputed]);

  const layout = usable ?? computed ?? precomputed;
  return { layout, pending: layout?.hash !== hash, error: layout ? undefined : error };
}

/**
 * Starts loading the layout code and its worker (which loads elk at once) without waiting for
 * the diagram to be validated: elk takes longer to load than validation takes to run.
 */
export function preloadLayoutEngine(): void {
  loadLayout()
    .then(({ warmUpLayout }) => warmUpLayout())
    .catch(() => {});
}
