import type { Box, DiagramLayout, Point } from '../src/layout';

/** Readability measures of one layout, for comparing layout changes over time. */
export interface LayoutQuality {
  /** Pairs of edge segments (of different edges) that cross. */
  crossings: number;
  /** Bend points over all edges. */
  bends: number;
  /** Edge segments that pass through a node box other than their own ends. */
  edgeThroughNode: number;
  width: number;
  height: number;
}

type Segment = [Point, Point];

function segments(points: readonly Point[]): Segment[] {
  return points.slice(1).map((p, i) => [points[i] as Point, p]);
}

/** Proper crossing of two segments (touching at an end or collinear overlap does not count). */
function cross(a: Segment, b: Segment): boolean {
  const d = (p: Point, q: Point, r: Point) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  const d1 = d(b[0], b[1], a[0]);
  const d2 = d(b[0], b[1], a[1]);
  const d3 = d(a[0], a[1], b[0]);
  const d4 = d(a[0], a[1], b[1]);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Whether a segment passes through the interior of a box (shrunk by 1 px for rounding). */
function throughBox(s: Segment, box: Box): boolean {
  const x0 = box.x + 1;
  const y0 = box.y + 1;
  const x1 = box.x + box.width - 1;
  const y1 = box.y + box.height - 1;
  // Liang–Barsky clipping: does any part of the segment lie inside the box?
  let t0 = 0;
  let t1 = 1;
  const dx = s[1].x - s[0].x;
  const dy = s[1].y - s[0].y;
  for (const [p, q] of [
    [-dx, s[0].x - x0],
    [dx, x1 - s[0].x],
    [-dy, s[0].y - y0],
    [dy, y1 - s[0].y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Counts crossings, bends and edges through nodes of a layout. */
export function layoutQuality(layout: DiagramLayout): LayoutQuality {
  const edgeSegments = layout.edges.map((e) => segments(e.points));
  let crossings = 0;
  for (let i = 0; i < edgeSegments.length; i++)
    for (let j = i + 1; j < edgeSegments.length; j++)
      for (const a of edgeSegments[i] as Segment[])
        for (const b of edgeSegments[j] as Segment[]) if (cross(a, b)) crossings++;
  let edgeThroughNode = 0;
  layout.edges.forEach((edge, i) => {
    for (const node of layout.nodes) {
      if (node.id === edge.from || node.id === edge.to) continue;
      if ((edgeSegments[i] as Segment[]).some((s) => throughBox(s, node))) edgeThroughNode++;
    }
  });
  return {
    crossings,
    bends: layout.edges.reduce((sum, e) => sum + Math.max(0, e.points.length - 2), 0),
    edgeThroughNode,
    width: layout.width,
    height: layout.height,
  };
}
