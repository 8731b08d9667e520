import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { Point } from '../../layout';
import { LABEL_METRICS } from '../../layout/node-metrics';
import { useCompact } from '../level-of-detail';
import type { RoutedFlowEdge } from '../to-flow';
import { useMarkerId } from './marker-context';

/**
 * An edge drawn along the bend points the layout computed, with its label where elk placed it.
 * Its kind sets the stroke (colour, width, dash) and the arrowhead's shape.
 */
export function RoutedEdge({ id, data }: EdgeProps<RoutedFlowEdge>) {
  const marker = useMarkerId(data?.edge.kind ?? 'data');
  const compact = useCompact();
  if (!data) return null;
  const { route, edge } = data;
  const m = LABEL_METRICS.edge;
  return (
    <>
      <BaseEdge
        id={id}
        path={polylinePath(route.points)}
        markerEnd={`url(#${marker})`}
        className={`mlsd-edge mlsd-edge-${edge.kind}`}
      />
      {route.label && !compact && (
        <EdgeLabelRenderer>
          <div
            className="mlsd-edge-label nodrag nopan"
            data-edge-kind={edge.kind}
            style={{
              position: 'absolute',
              transform: `translate(${route.label.x}px, ${route.label.y}px)`,
              width: route.label.width,
              height: route.label.height,
              padding: `${m.paddingY}px ${m.paddingX}px`,
              lineHeight: `${m.lineHeight}px`,
            }}
          >
            {/* One text node: `white-space: pre` keeps the measured line breaks. */}
            {route.label.lines.join('\n')}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** SVG path through the points with small rounded corners at each bend. */
export function polylinePath(points: readonly Point[], radius = 6): string {
  if (points.length === 0) return '';
  const [first] = points as [Point];
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as Point;
    const next = points[i + 1];
    if (!next) {
      d += ` L ${p.x} ${p.y}`;
      break;
    }
    const prev = points[i - 1] as Point;
    const r = Math.min(radius, distance(prev, p) / 2, distance(p, next) / 2);
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    d += ` L ${a.x} ${a.y} Q ${p.x} ${p.y} ${b.x} ${b.y}`;
  }
  return d;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return { x: round(from.x + ((to.x - from.x) * length) / d), y: round(from.y + ((to.y - from.y) * length) / d) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
