import { TRACK_SPACING } from './lane-connectors';
import { STAGE_CHIP_METRICS as CHIP, LABEL_METRICS } from './node-metrics';
import { measureText } from './text-metrics';
import type { Box, Point } from './types';

/**
 * Keeps lane connectors off lane titles. A lane's title (and its stage chip) sits in the top
 * padding at its start, and elk puts the port of an edge into a lane's first layer right there, on
 * the border beside the title: the half inside the lane then runs straight through the text. Such
 * a port, with the half's first bend, moves along the border to just past the title band when the
 * half runs on past it anyway (the move only shortens its next segment) and the new line is clear.
 */

/** Room left between a title band and a line moved past it. */
const TITLE_MARGIN = 8;
/** Clearance between a moved line and node or label boxes. */
const CLEARANCE = 4;

/** Along-axis position past which a line entering the lane from its earlier side misses the title. */
export function titleBandEnd(label: string, stage: string | undefined, lane: Box, direction: 'right' | 'down'): number {
  const m = LABEL_METRICS.group;
  // Lanes stacked left to right: ports on the left border, the title band is the top padding.
  if (direction === 'down') return lane.y + m.titleHeight + TITLE_MARGIN;
  const chip = stage ? CHIP.gap + CHIP.chrome + measureText(stage.toUpperCase(), CHIP.font) : 0;
  return lane.x + m.padding + measureText(label, m) + chip + TITLE_MARGIN;
}

/** One half of a split lane edge: its points, and whether its port is its first point or its last. */
export interface LaneHalf {
  points: Point[];
  portFirst: boolean;
  lane: Box;
  /** See titleBandEnd. */
  titleEnd: number;
}

/** Moves ports (and first bends) of halves off their lane's title band, in place. */
export function clearLaneTitles(halves: readonly LaneHalf[], obstacles: readonly Box[], direction: 'right' | 'down') {
  const right = direction === 'right';
  const al = (p: Point) => (right ? p.x : p.y);
  const ac = (p: Point) => (right ? p.y : p.x);
  const setAl = (p: Point, v: number) => {
    if (right) p.x = v;
    else p.y = v;
  };
  const onTitleSide = (h: LaneHalf, port: Point) => ac(port) === (right ? h.lane.y : h.lane.x);
  const portOf = (h: LaneHalf) => (h.portFirst ? h.points[0] : h.points[h.points.length - 1]) as Point;
  // Lines already on each lane's title side, so moved ones keep their own.
  const taken = new Map<Box, number[]>();
  for (const h of halves) {
    const port = portOf(h);
    if (port && onTitleSide(h, port)) taken.set(h.lane, [...(taken.get(h.lane) ?? []), al(port)]);
  }
  const blocked = (along: number, from: number, to: number) =>
    obstacles.some((b) => {
      const [start, end, aStart, aEnd] = right
        ? [b.x, b.x + b.width, b.y, b.y + b.height]
        : [b.y, b.y + b.height, b.x, b.x + b.width];
      return (
        along > start - CLEARANCE && along < end + CLEARANCE && aEnd > Math.min(from, to) && aStart < Math.max(from, to)
      );
    });
  for (const h of halves) {
    const path = h.portFirst ? h.points : [...h.points].reverse();
    const [port, bend, next] = path;
    if (!port || !bend || !next || !onTitleSide(h, port) || al(port) >= h.titleEnd) continue;
    // The first segment must leave the border straight, and the next run on past the band.
    if (al(bend) !== al(port) || ac(next) !== ac(bend) || al(next) <= h.titleEnd) continue;
    const lines = taken.get(h.lane) ?? [];
    for (let along = h.titleEnd; along < al(next) - TRACK_SPACING / 2; along += TRACK_SPACING) {
      if (lines.some((t) => Math.abs(t - along) < TRACK_SPACING) || blocked(along, ac(port), ac(bend))) continue;
      const index = lines.indexOf(al(port));
      if (index >= 0) lines.splice(index, 1);
      lines.push(along);
      setAl(port, along);
      setAl(bend, along);
      break;
    }
  }
}
