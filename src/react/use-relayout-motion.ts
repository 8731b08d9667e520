import { useEffect, useRef, useState } from 'react';

/**
 * True for a moment after the layout changes (a node opened or closed), while nodes glide to
 * their new places; the view hides edges meanwhile and fades them back in. CSS turns the motion
 * off under `prefers-reduced-motion`.
 */
export function useRelayoutMotion(layoutHash: string | undefined, durationMs = 320): boolean {
  const previous = useRef(layoutHash);
  const [moving, setMoving] = useState(false);
  useEffect(() => {
    if (previous.current === layoutHash) return;
    const first = previous.current === undefined;
    previous.current = layoutHash;
    if (first) return;
    setMoving(true);
    const timer = setTimeout(() => setMoving(false), durationMs);
    return () => clearTimeout(timer);
  }, [layoutHash, durationMs]);
  return moving;
}
