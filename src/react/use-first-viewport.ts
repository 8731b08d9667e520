import { getNodesBounds, getViewportForBounds, type Node, useStoreApi, type Viewport } from '@xyflow/react';
import { type RefObject, useLayoutEffect, useRef } from 'react';
import { useRenderedFromServer } from './use-rendered-from-server';

/** Zoom limits and padding the first fit uses; the same as the canvas's `fitView`. */
export interface FitLimits {
  minZoom: number;
  maxZoom: number;
  padding: number;
}

/**
 * Fits the diagram to its canvas before the first paint, and returns the viewport to hand React
 * Flow as `defaultViewport`. Left to itself React Flow draws the first frame at zoom 1 and fits
 * only after it has measured every node, so readers saw the diagram jump 100–300 ms after it
 * appeared. The nodes carry their laid-out sizes, so the fit can be computed up front.
 *
 * React Flow renders together with the nodes, in the same commit as everything around it; this
 * layout effect then measures the canvas once everything is in the document (one style and layout
 * pass for the whole diagram, rather than one for the chrome and another for the nodes) and
 * puts the fitted transform into the store, so the first paint is fitted. The returned object is
 * filled in at the same moment: React Flow reads `defaultViewport` when it sets up pan and zoom,
 * in a passive effect that runs after this one, so its pan-zoom state starts from the fit too
 * (also when StrictMode sets it up twice). Server rendering and hydration start unfitted, as
 * React Flow does, so the markup matches; so does a canvas with no size yet (a closed tab). The
 * resize fit follows. Must run inside a ReactFlowProvider.
 */
export function useFirstViewport(
  canvas: RefObject<HTMLElement | null>,
  nodes: readonly Node[] | undefined,
  limits: FitLimits,
): Viewport {
  const store = useStoreApi();
  const fromServer = useRenderedFromServer();
  const viewport = useRef<Viewport>({ x: 0, y: 0, zoom: 1 });
  const settled = useRef(fromServer);
  useLayoutEffect(() => {
    const element = canvas.current;
    if (settled.current || !nodes?.length || !element) return;
    settled.current = true;
    const { clientWidth: width, clientHeight: height } = element;
    if (width === 0 || height === 0) return;
    const fitted = getViewportForBounds(
      getNodesBounds([...nodes]),
      width,
      height,
      limits.minZoom,
      limits.maxZoom,
      limits.padding,
    );
    Object.assign(viewport.current, fitted);
    store.setState({ transform: [fitted.x, fitted.y, fitted.zoom] });
  }, [nodes, canvas, store, limits]);
  return viewport.current;
}
