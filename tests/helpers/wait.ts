/** Polls `find` until it returns something truthy; for waiting on layout and rendering in Chromium. */
export async function waitFor<T>(find: () => T | undefined | null | false, timeout = 15_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Position and size of an element on screen. */
export function boxOf(element: Element): { x: number; y: number; width: number; height: number } {
  const r = element.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height };
}

/**
 * Resolves once React Flow's viewport transform has stopped changing for a moment: nodes are
 * drawn in the first commit, before the fit to the container moves them into place.
 */
export async function waitForSettledView(root: Element, quietMs = 300): Promise<void> {
  let last = '';
  let stableSince = performance.now();
  await waitFor(() => {
    const now = root.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    if (now !== last) {
      last = now;
      stableSince = performance.now();
    }
    return now.includes('scale') && performance.now() - stableSince > quietMs;
  });
}
