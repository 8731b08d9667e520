import { useStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';

const NODE_SELECTOR = '.react-flow__node';

/**
 * Publishes the current zoom as the `--mlsd-zoom` custom property on the node that holds focus,
 * so its focus ring keeps a constant on-screen width when a wide diagram is shown zoomed out.
 * Only that node gets it: an inherited property changed on the whole canvas would restyle every
 * element of the diagram on each zoom step (and once more when the view first fits).
 */
export function ZoomVariable() {
  const zoom = useStore((s) => s.transform[2]);
  const element = useStore((s) => s.domNode);
  const focused = useRef<HTMLElement | null>(null);
  const zoomNow = useRef(zoom);
  zoomNow.current = zoom;

  // Follows focus in and out of the diagram; runs once per canvas, not on every zoom step.
  useEffect(() => {
    if (!element) return;
    const mark = (target: EventTarget | null) => {
      const node = target instanceof Element ? target.closest<HTMLElement>(NODE_SELECTOR) : null;
      if (node === focused.current) return;
      focused.current?.style.removeProperty('--mlsd-zoom');
      focused.current = node;
      node?.style.setProperty('--mlsd-zoom', String(zoomNow.current));
    };
    mark(element.contains(document.activeElement) ? document.activeElement : null);
    const onFocusIn = (event: FocusEvent) => mark(event.target);
    const onFocusOut = (event: FocusEvent) => {
      if (!(event.relatedTarget instanceof Node && element.contains(event.relatedTarget))) mark(null);
    };
    element.addEventListener('focusin', onFocusIn);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('focusin', onFocusIn);
      element.removeEventListener('focusout', onFocusOut);
      mark(null);
    };
  }, [element]);

  useEffect(() => {
    focused.current?.style.setProperty('--mlsd-zoom', String(zoom));
  }, [zoom]);
  return null;
}
