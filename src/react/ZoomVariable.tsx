import { useStore } from '@xyflow/react';
import { useEffect } from 'react';

/**
 * Publishes the current zoom as the `--mlsd-zoom` custom property on the React Flow element, so
 * CSS can keep things like the focus ring a constant on-screen width when a wide diagram is
 * shown zoomed out. Writes to the DOM directly: re-rendering the diagram on every zoom step
 * would cost far more than this one property.
 */
export function ZoomVariable() {
  const zoom = useStore((s) => s.transform[2]);
  const element = useStore((s) => s.domNode);
  useEffect(() => {
    element?.style.setProperty('--mlsd-zoom', String(zoom));
  }, [element, zoom]);
  return null;
}
