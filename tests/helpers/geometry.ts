/** Box geometry shared by the layout and browser tests. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when the two boxes share interior area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect, tolerance = 0.5): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** True when `inner` lies inside `outer`, allowing a small rounding tolerance. */
export function contains(outer: Rect, inner: Rect, tolerance = 0.5): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}

/** Every pair of boxes that overlap, by index. */
export function overlappingPairs(boxes: readonly Rect[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(boxes[i] as Rect, boxes[j] as Rect)) pairs.push([i, j]);
  return pairs;
}
