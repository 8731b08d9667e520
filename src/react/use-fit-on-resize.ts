import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect, useRef } from 'react';

/** Padding around the diagram when it is fitted to its container (fraction of the size). */
export const FIT_PADDING = 0.04;

/**
 * Re-fits the diagram whenever its container changes size (a column reflowing, a window
 * resized, a tab shown) and whenever `refitKey` changes (e.g. a filter hides part of it). The
 * first observation refits too: React Flow's own initial `fitView` can run before the page
 * settles the container's final width (toolbars wrapping in a narrow column).
 * Must run inside a ReactFlowProvider.
 */
export function useFitOnResize(container: RefObject<HTMLElement | null>, refitKey: string): void {
  const { fitView } = useReactFlow();
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let last: { width: number; height: number } | undefined;
    let frame = 0;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      const changed = !last || Math.abs(last.width - width) > 1 || Math.abs(last.height - height) > 1;
      last = { width, height };
      if (!changed || width === 0 || height === 0) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fitView({ padding: FIT_PADDING }));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container, fitView]);

  const lastKey = useRef(refitKey);
  useEffect(() => {
    if (lastKey.current === refitKey) return;
    lastKey.current = refitKey;
    const frame = requestAnimationFrame(() => fitView({ padding: FIT_PADDING }));
    return () => cancelAnimationFrame(frame);
  }, [refitKey, fitView]);
}
