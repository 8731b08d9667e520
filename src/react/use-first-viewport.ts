import { getNodesBounds, getViewportForBounds, type Node, useStoreApi, type Viewport } from '@xyflow/react';
import { type RefObject, useLayoutEffect, useState } from 'react';
import { useRenderedFromServer } from './use-rendered-from-server';

/** React Flow's own starting viewport; what server rendering and hydration draw. */
const UNFITTED: Viewport = { x: 0, y: 0, zoom: 1 };

/** Zoom limits and padding the first fit uses; the same as the canvas's `fitView`. */
export interface FitLimits {
  minZoom: number;
  maxZoom: number;
  padding: number;
}

/**
 * The viewport React Flow starts from: the diagram fitted to its canvas, measured before the
 * first paint. Left to itself React Flow draws the first frame at zoom 1 and fits only after it
 * has measured every node, so readers saw the diagram jump 100–300 ms after it appeared. The
 * nodes carry their laid-out sizes, so the fit can be computed up front.
 *
 * Undefined until measured: render React Flow only once it is defined. The canvas is measured in
 * a layout effect, before anything is painted, and React Flow renders in the next task: at most
 * one frame shows the empty canvas first, none an unfitted diagram. Server rendering and
 * hydration start unfitted, as React Flow does, so the markup matches; the resize fit follows.
 * Must run inside a ReactFlowProvider.
 */
export function useFirstViewport(
  canvas: RefObject<HTMLElement | null>,
  nodes: readonly Node[] | undefined,
  limits: FitLimits,
): Viewport | undefined {
  const store = useStoreApi();
  const fromServer = useRenderedFromServer();
  const [viewport, setViewport] = useState<Viewport | undefined>(() => (fromServer ? UNFITTED : undefined));
  useLayoutEffect(() => {
    const element = canvas.current;
    if (viewport || !nodes?.length || !element) return;
    const { clientWidth: width, clientHeight: height } = element;
    // A canvas not shown yet (a closed tab) has no size: start unfitted, the resize fit follows.
    const fitted =
      width > 0 && height > 0
        ? getViewportForBounds(
            getNodesBounds([...nodes]),
            width,
            height,
            limits.minZoom,
            limits.maxZoom,
            limits.padding,
          )
        : UNFITTED;
    store.setState({ transform: [fitted.x, fitted.y, fitted.zoom] });
    // Set from a layout effect, the state would re-render at once and flush React Flow's measuring
    // effects before the first paint; from a microtask it is a normal update, and they run after.
    queueMicrotask(() => setViewport(fitted));
  }, [viewport, nodes, canvas, store, limits]);
  return viewport;
}
