import type { Box, Point } from './types';

/**
 * Routes the connectors between lanes (see lanes.ts): the short orthogonal runs from the out port
 * on one lane's border to the in port on another's, through the gaps between stacked lanes.
 *
 * In a gap, each connector is a run along the gap on a track of its own, with a stub up to the
 * lane above and a stub down to the lane below. Two runs cross when the stub of one reaches across
 * the other's track within its span, so which run takes the track nearer a lane decides the
 * crossings: tracks are ordered per gap to minimise them (most pairs then nest or stagger without
 * crossing). A connector that passes lanes on its way (online → offline past nearline) crosses
 * them on a line clear of their nodes, labels and group borders, and of lines already taken.
 */

/** Room per connector track in the gap between two lanes. */
export const TRACK_SPACING = 10;
/** Clearance kept between a connector that passes a lane and that lane's nodes and labels. */
const NODE_CLEARANCE = 14;
/** Clearance kept between a connector that passes a lane and the sides of its (sub)groups. */
const BORDER_CLEARANCE = 8;
/** Extra length (px) a line across a lane may take to spare one crossing with an edge in it. */
const CROSSING_COST = 150;
/** Clear lines priced per connector at most, nearest the ports first (thousands on big graphs). */
const MAX_LINES_PRICED = 200;
/** Past this many runs in one gap, tracks keep their first order (local search is quadratic). */
const MAX_SEARCHED_RUNS = 120;

/** One connector to draw: from an out port on its lane's border to an in port on another lane's. */
export interface Connector {
  id: string;
  out: Point;
  into: Point;
  /** Stacking index of the lane the connector leaves and of the lane it enters. */
  fromLane: number;
  toLane: number;
}

/** What connectors must keep clear of when they cross a lane, and the lanes' boxes. */
export interface ConnectorScene {
  /** Lane boxes in stacking order. */
  lanes: readonly Box[];
  /** Boxes a line across a lane must not touch: nodes and edge labels. */
  obstacles: readonly Box[];
  /** Group boxes whose sides a line across a lane should not run along. */
  groups: readonly Box[];
  /** Edges already routed (inside lanes), which a line across a lane would cross. */
  paths?: readonly (readonly Point[])[];
}

/** A run along one gap: where its stub to the upper lane and its stub to the lower lane are. */
interface Run {
  connector: number;
  gap: number;
  /** Along-axis position of the stub towards the lane above (lower stacking index). */
  top: number;
  /** Along-axis position of the stub towards the lane below. */
  bottom: number;
}

/**
 * The route of every connector, by id: out port, bends in the gaps, in port. Runs in one gap get
 * distinct tracks, centred in the gap and ordered to spare crossings.
 */
export function routeConnectors(
  connectors: readonly Connector[],
  scene: ConnectorScene,
  direction: 'right' | 'down',
): Map<string, Point[]> {
  const right = direction === 'right';
  const al = (p: Point) => (right ? p.x : p.y);
  const toPoint = (along: number, across: number): Point => (right ? { x: along, y: across } : { x: across, y: along });
  const laneStart = (i: number) => acrossStart(scene.lanes[i] as Box, right);
  const laneEnd = (i: number) => acrossEnd(scene.lanes[i] as Box, right);

  const prepared = prepare(scene, right);
  const taken: number[] = [];
  const runs: Run[] = [];
  const lines = connectors.map((c, index) => {
    const down = c.toLane > c.fromLane;
    const first = Math.min(c.fromLane, c.toLane);
    const last = Math.max(c.fromLane, c.toLane);
    // Gaps in the order the connector crosses them; gap g lies between lane g and lane g + 1.
    const gaps = Array.from({ length: last - first }, (_, i) => first + i);
    if (!down) gaps.reverse();
    let line: number | undefined;
    if (gaps.length > 1) {
      line = clearLine(al(c.out), al(c.into), laneEnd(first), laneStart(last), prepared, taken);
      taken.push(line);
    }
    gaps.forEach((gap, i) => {
      const entry = i === 0 ? al(c.out) : (line as number);
      const exit = i === gaps.length - 1 ? al(c.into) : (line as number);
      runs.push({ connector: index, gap, top: down ? entry : exit, bottom: down ? exit : entry });
    });
    return { gaps, line };
  });

  // Across position of each run's track, by connector and gap.
  const track = new Map<string, number>();
  const byGap = new Map<number, Run[]>();
  for (const run of runs) byGap.set(run.gap, [...(byGap.get(run.gap) ?? []), run]);
  for (const [gap, list] of byGap) {
    const ordered = orderRuns(list.filter((r) => r.top !== r.bottom));
    const top = laneEnd(gap);
    const middle = (top + laneStart(gap + 1)) / 2;
    ordered.forEach((run, i) => {
      track.set(`${run.connector}:${gap}`, middle + (i - (ordered.length - 1) / 2) * TRACK_SPACING);
    });
  }

  const routes = new Map<string, Point[]>();
  connectors.forEach((c, index) => {
    const { gaps, line } = lines[index] as { gaps: number[]; line: number | undefined };
    const points: Point[] = [c.out];
    gaps.forEach((gap, i) => {
      const across = track.get(`${index}:${gap}`);
      if (across === undefined) return; // straight through this gap
      const entry = i === 0 ? al(c.out) : (line as number);
      const exit = i === gaps.length - 1 ? al(c.into) : (line as number);
      points.push(toPoint(entry, across), toPoint(exit, across));
    });
    points.push(c.into);
    routes.set(c.id, withoutCollinear(points));
  });
  return routes;
}

/**
 * Orders the runs of one gap from the upper lane down. A run above another crosses it where its
 * stub down lies within the other's span, and the other's stub up within its own: a linear
 * ordering problem, solved by greedy insertion and then moving single runs while that helps.
 */
function orderRuns(runs: Run[]): Run[] {
  const n = runs.length;
  if (n < 2) return runs;
  const inside = (x: number, r: Run) => x > Math.min(r.top, r.bottom) && x < Math.max(r.top, r.bottom);
  // cost[i][j]: crossings between runs i and j when i lies above j.
  const cost = runs.map((a) => runs.map((b) => (a === b ? 0 : +inside(a.bottom, b) + +inside(b.top, a))));
  const c = (i: number, j: number) => (cost[i] as number[])[j] as number;
  // Start from a sort that nests most runs: stubs up far along the gap's left ... right order.
  const order = runs
    .map((_, i) => i)
    .sort((i, j) => {
      const a = runs[i] as Run;
      const b = runs[j] as Run;
      return spanKey(a) - spanKey(b) || a.top - b.top || a.connector - b.connector;
    });
  if (n > MAX_SEARCHED_RUNS) return order.map((i) => runs[i] as Run);
  // Move one run at a time to the place that lowers the crossings most, until none does.
  for (let pass = 0; pass < n; pass++) {
    let improved = false;
    for (let from = 0; from < n; from++) {
      const item = order[from] as number;
      const rest = order.filter((_, k) => k !== from);
      // Crossings of `item` placed at each position of `rest`: above all the rest, then one by one.
      let here = rest.reduce((sum, other) => sum + c(item, other), 0);
      let best = here;
      let bestAt = 0;
      let current = Number.NaN;
      for (let k = 0; k < rest.length; k++) {
        const other = rest[k] as number;
        here += c(other, item) - c(item, other);
        if (k + 1 === from) current = here;
        if (here < best) {
          best = here;
          bestAt = k + 1;
        }
      }
      if (from === 0) current = rest.reduce((sum, other) => sum + c(item, other), 0);
      if (best < current) {
        rest.splice(bestAt, 0, item);
        order.splice(0, n, ...rest);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return order.map((i) => runs[i] as Run);
}

/**
 * Sort key that nests runs: a run whose stub down is far from its stub up goes below the runs it
 * spans when heading one way, above when heading the other. Signed span: down-stub minus up-stub.
 */
function spanKey(run: Run): number {
  return run.bottom - run.top;
}

/**
 * The along-axis line on which a connector crosses the lanes between its own two, clear of their
 * nodes and labels (with clearance), of their group sides and of lines other connectors took.
 * Among clear lines it takes the one with the least detour plus a price per edge it would cross
 * inside those lanes (a line beside a narrow lane crosses none), then the one nearest the in port.
 */
function clearLine(
  out: number,
  into: number,
  lo: number,
  hi: number,
  scene: PreparedScene,
  taken: readonly number[],
): number {
  const across = ([, , start, end]: Span) => end > lo && start < hi;
  const obstacles = scene.obstacles.filter(across);
  // The along-axis sides of every group the line crosses.
  const sides = scene.groups.filter(across).flatMap((b) => [b[0], b[1]]);
  // Runs of routed edges along the flow between the two lanes: the line would cross each.
  const runs = scene.runs.filter(([at]) => at > lo && at < hi);
  // Boxes outside every lane (ungrouped nodes) that the runs along the gaps out to a line would cut:
  // the line must stay between the nearest of them on either side of the two ports.
  let floor = Number.NEGATIVE_INFINITY;
  let ceiling = Number.POSITIVE_INFINITY;
  for (const [start, end] of scene.outside.filter(across)) {
    if (end + NODE_CLEARANCE <= Math.min(out, into)) floor = Math.max(floor, end + NODE_CLEARANCE);
    else if (start - NODE_CLEARANCE >= Math.max(out, into)) ceiling = Math.min(ceiling, start - NODE_CLEARANCE);
    else ceiling = floor; // one lies between the ports: no line is clear of it
  }
  // Open intervals no line may take, merged and sorted, for a binary search per candidate.
  const closed = mergeIntervals([
    ...obstacles.map(([start, end]): [number, number] => [start - NODE_CLEARANCE, end + NODE_CLEARANCE]),
    ...sides.map((side): [number, number] => [side - BORDER_CLEARANCE, side + BORDER_CLEARANCE]),
    ...taken.map((t): [number, number] => [t - TRACK_SPACING, t + TRACK_SPACING]),
  ]);
  const closedStarts = closed.map((c) => c[0]);
  const blocked = (x: number) => {
    if (x <= floor || x >= ceiling) return true;
    const interval = closed[lastAtOrBelow(closedStarts, x)];
    return interval !== undefined && x > interval[0] && x < interval[1];
  };
  // Runs crossed by the line at x: those starting before x minus those ending at or before it.
  const starts = Float64Array.from(runs, (r) => r[1]).sort();
  const ends = Float64Array.from(runs, (r) => r[2]).sort();
  const crossed = (x: number) => countBelow(starts, x) - countBelow(ends, x, true);
  const candidates = Float64Array.from([
    into,
    out,
    ...obstacles.flatMap(([start, end]) => [start - NODE_CLEARANCE - 1, end + NODE_CLEARANCE + 1]),
    ...sides.flatMap((side) => [side - BORDER_CLEARANCE - 1, side + BORDER_CLEARANCE + 1]),
    ...taken.flatMap((t) => [t - TRACK_SPACING, t + TRACK_SPACING]),
    ...Array.from(starts, (start) => start - TRACK_SPACING),
    ...Array.from(ends, (end) => end + TRACK_SPACING),
  ]).sort();
  const detour = (x: number) => Math.abs(x - out) + Math.abs(x - into);
  const rank = (a: number, b: number) => Math.abs(a - into) - Math.abs(b - into) || a - b;
  let best: number | undefined;
  let bestCost = Number.POSITIVE_INFINITY;
  let looked = 0;
  const consider = (x: number) => {
    if (blocked(x)) return;
    looked++;
    const cost = detour(x) + CROSSING_COST * crossed(x);
    if (cost < bestCost || (cost === bestCost && best !== undefined && rank(x, best) < 0)) {
      best = x;
      bestCost = cost;
    }
  };
  // Between the two ports every line has the same detour; beyond them it grows with the distance,
  // and it is a lower bound of the cost: walk outwards and stop once it exceeds the best cost found
  // (large graphs have thousands of candidates, most never looked at).
  const low = Math.min(out, into);
  const high = Math.max(out, into);
  let left = countBelow(candidates, low) - 1;
  let rightIndex = countBelow(candidates, high, true);
  for (let i = left + 1; i < rightIndex && looked < MAX_LINES_PRICED; i++) consider(candidates[i] as number);
  while (left >= 0 || rightIndex < candidates.length) {
    const l = left >= 0 ? (candidates[left] as number) : Number.NEGATIVE_INFINITY;
    const r = rightIndex < candidates.length ? (candidates[rightIndex] as number) : Number.POSITIVE_INFINITY;
    const x = low - l <= r - high ? l : r;
    if (detour(x) > bestCost || looked >= MAX_LINES_PRICED) break;
    consider(x);
    if (x === l) left--;
    else rightIndex++;
  }
  return best ?? into;
}

/** A box as [along start, along end, across start, across end]. */
type Span = [number, number, number, number];

/** The scene in along/across terms, computed once for all connectors. */
interface PreparedScene {
  obstacles: Span[];
  /** Obstacles outside every lane: ungrouped nodes. */
  outside: Span[];
  groups: Span[];
  /** Routed segments along the flow: [across position, along start, along end]. */
  runs: [number, number, number][];
}

function prepare(scene: ConnectorScene, right: boolean): PreparedScene {
  const span = (b: Box): Span =>
    right ? [b.x, b.x + b.width, b.y, b.y + b.height] : [b.y, b.y + b.height, b.x, b.x + b.width];
  const inLane = (b: Box) =>
    scene.lanes.some(
      (l) => b.x >= l.x && b.y >= l.y && b.x + b.width <= l.x + l.width && b.y + b.height <= l.y + l.height,
    );
  const runs: [number, number, number][] = [];
  for (const path of scene.paths ?? []) {
    for (let i = 1; i < path.length; i++) {
      const p = path[i - 1] as Point;
      const q = path[i] as Point;
      const [pa, pc, qa, qc] = right ? [p.x, p.y, q.x, q.y] : [p.y, p.x, q.y, q.x];
      if (pc === qc && pa !== qa) runs.push([pc, Math.min(pa, qa), Math.max(pa, qa)]);
    }
  }
  return {
    obstacles: scene.obstacles.map(span),
    outside: scene.obstacles.filter((b) => !inLane(b)).map(span),
    groups: scene.groups.map(span),
    runs,
  };
}

/** Overlapping open intervals joined, sorted by start. */
function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = intervals.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Index of the last value at or below x in a sorted list, -1 if none. */
function lastAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** How many values of a sorted list are below x (or at most x, with `orEqual`). */
function countBelow(sorted: ArrayLike<number>, x: number, orEqual = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] as number;
    if (v < x || (orEqual && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function acrossStart(box: Box, right: boolean): number {
  return right ? box.y : box.x;
}

function acrossEnd(box: Box, right: boolean): number {
  return right ? box.y + box.height : box.x + box.width;
}

/** Drops repeated points and points in the middle of a straight run. */
export function withoutCollinear(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) {
      out[out.length - 1] = p;
    } else out.push(p);
  }
  return out;
}
