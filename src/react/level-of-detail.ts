import { useStore } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * Above this many components a diagram is "large": seen from far, its nodes are drawn compact and
 * its edge labels left out, which keeps mounting 1,000 nodes to a fraction of the DOM. (React
 * Flow's onlyRenderVisibleElements is not used: its fitView then frames only the nodes already
 * mounted, so a tall diagram never fits whole.)
 */
export const LARGE_DIAGRAM = 150;

/** Below this zoom a node's 13 px text is under 5 px on screen: unreadable, so not worth drawing. */
export const COMPACT_BELOW_ZOOM = 0.4;

/** Whether the diagram being drawn is large (set by the canvas). */
export const LargeDiagramContext = createContext(false);

/**
 * Whether to draw a node or edge compact: a large diagram seen from far. Each node subscribes to
 * a boolean, so zooming re-renders nodes only when the threshold is crossed. While the view is
 * unfitted (the initial identity transform: the first render, before the canvas is measured and
 * the view fitted ahead of the first paint; server rendering; a canvas not shown yet) a large
 * diagram is drawn compact too: fitted whole it will be seen from far, and drawing every node in
 * full first, only to redraw it compact a moment later, nearly doubles the cost of mounting it.
 */
export function useCompact(): boolean {
  const large = useContext(LargeDiagramContext);
  return useStore((s) => large && (s.transform[2] < COMPACT_BELOW_ZOOM || isUnfitted(s.transform)));
}

/** React Flow's transform before any fit or pan: translate 0, 0 at zoom 1. */
function isUnfitted([x, y, zoom]: readonly [number, number, number]): boolean {
  return x === 0 && y === 0 && zoom === 1;
}
