import { useEffect, useMemo, useState } from 'react';
import { type DiagramLayout, layoutDiagram, layoutHash } from '../layout';
import type { Diagram } from '../schema';

/**
 * The layout to draw: the precomputed one when its hash matches the diagram and expansion state,
 * otherwise one computed with elk (loaded on demand). While a new layout is computed the
 * previous one stays on screen.
 */
export function useDiagramLayout(
  diagram: Diagram,
  expanded: readonly string[],
  direction: 'right' | 'down',
  precomputed: DiagramLayout | undefined,
): { layout: DiagramLayout | undefined; pending: boolean } {
  const expandedKey = [...expanded].sort().join('\n');
  const hash = useMemo(
    () => layoutHash(diagram, direction, expandedKey ? expandedKey.split('\n') : []),
    [diagram, direction, expandedKey],
  );
  const usable = precomputed && precomputed.hash === hash ? precomputed : undefined;
  const [computed, setComputed] = useState<DiagramLayout | undefined>(undefined);

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
    layoutDiagram(diagram, options).then((result) => {
      if (!cancelled) setComputed(result);
    });
    return () => {
      cancelled = true;
    };
  }, [usable, computed?.hash, hash, diagram, direction, expandedKey, precomputed]);

  const layout = usable ?? computed ?? precomputed;
  return { layout, pending: layout?.hash !== hash };
}
