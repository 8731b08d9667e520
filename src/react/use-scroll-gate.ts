import { type RefObject, useEffect, useState } from 'react';

/** React Flow props that decide whether the diagram takes wheel, drag and pinch gestures. */
export interface GestureProps {
  zoomOnScroll: boolean;
  preventScrolling: boolean;
  panOnDrag: boolean;
  zoomOnPinch: boolean;
}

/**
 * Embedding manners: the diagram lets the page scroll (wheel, touch) until the reader clicks or
 * taps into it; then wheel zooms and drag pans. Clicking elsewhere on the page or moving focus
 * out hands the gestures back. `root` is the element that counts as "inside".
 */
export function useScrollGate(root: RefObject<HTMLElement | null>): { active: boolean; gestures: GestureProps } {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onInsideDown = () => setActive(true);
    const onOutsideDown = (event: PointerEvent) => {
      if (!element.contains(event.target as Node)) setActive(false);
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget as Node | null;
      if (next && !element.contains(next)) setActive(false);
    };
    element.addEventListener('pointerdown', onInsideDown, true);
    element.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onOutsideDown, true);
    return () => {
      element.removeEventListener('pointerdown', onInsideDown, true);
      element.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onOutsideDown, true);
    };
  }, [root]);
  return {
    active,
    gestures: { zoomOnScroll: active, preventScrolling: active, panOnDrag: active, zoomOnPinch: active },
  };
}
