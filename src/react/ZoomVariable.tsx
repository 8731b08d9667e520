import { useStore } from '@xyflow/react';
import { useEffect } from 'react';

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
  useEffect(() => {
    if (!element) return;
    let current: HTMLElement | null = null;
    const mark = (target: EventTarget | null) => {
      const node = target instanceof Element ? target.closest<HTMLElement>(NODE_SELECTOR) : null;
      if (node === current) return;
      current?.style.removeProperty('--mlsd-zoom');
      current = node;
      current?.style.setProperty('--mlsd-zoom', String(zoom));
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
      current?.style.removeProperty('--mlsd-zoom');
    };
  }, [element, zoom]);
  return null;
}
