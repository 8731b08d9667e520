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
      line = clearLine(al(c.out), al(c.into), laneEnd(first), laneStart(last), scene, taken, right);
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
  scene: ConnectorScene,
  taken: readonly number[],
  right: boolean,
): number {
  const span = (b: Box): [number, number, number, number] =>
    right ? [b.x, b.x + b.width, b.y, b.y + b.height] : [b.y, b.y + b.height, b.x, b.x + b.width];
  const across = (b: Box) => {
    const [, , start, end] = span(b);
    return end > lo && start < hi;
  };
  const obstacles = scene.obstacles.filter(across).map(span);
  // The along-axis sides of every group the line crosses.
  const sides = scene.groups.filter(across).flatMap((b) => span(b).slice(0, 2));
  // Runs of routed edges along the flow between the two lanes: the line would cross each.
  const runs = (scene.paths ?? []).flatMap((path) =>
    path.slice(1).flatMap((p, i): [number, number][] => {
      const q = path[i] as Point;
      const [pa, pc, qa, qc] = right ? [p.x, p.y, q.x, q.y] : [p.y, p.x, q.y, q.x];
      return pc === qc && pc > lo && pc < hi && pa !== qa ? [[Math.min(pa, qa), Math.max(pa, qa)]] : [];
    }),
  );
  // Boxes outside every lane (ungrouped nodes) that the runs along the gaps out to a line would cut.
  const inLane = (b: Box) =>
    scene.lanes.some(
      (l) => b.x >= l.x && b.y >= l.y && b.x + b.width <= l.x + l.width && b.y + b.height <= l.y + l.height,
    );
  const outside = scene.obstacles.filter((b) => across(b) && !inLane(b)).map(span);
  const cutsOutside = (x: number) => {
    const from = Math.min(out, into, x) - NODE_CLEARANCE;
    const to = Math.max(out, into, x) + NODE_CLEARANCE;
    return outside.some(([start, end]) => end > from && start < to);
  };
  const blocked = (x: number) =>
    obstacles.some(([start, end]) => x > start - NODE_CLEARANCE && x < end + NODE_CLEARANCE) ||
    sides.some((side) => Math.abs(x - side) < BORDER_CLEARANCE) ||
    taken.some((t) => Math.abs(x - t) < TRACK_SPACING);
  const candidates = [
    into,
    out,
    ...obstacles.flatMap(([start, end]) => [start - NODE_CLEARANCE - 1, end + NODE_CLEARANCE + 1]),
    ...sides.flatMap((side) => [side - BORDER_CLEARANCE - 1, side + BORDER_CLEARANCE + 1]),
    ...taken.flatMap((t) => [t - TRACK_SPACING, t + TRACK_SPACING]),
    ...runs.flatMap(([start, end]) => [start - TRACK_SPACING, end + TRACK_SPACING]),
  ].filter((x) => !blocked(x) && !cutsOutside(x));
  const cost = (x: number) =>
    Math.abs(x - out) +
    Math.abs(x - into) +
    CROSSING_COST * runs.reduce((n, [start, end]) => n + +(x > start && x < end), 0);
  const costs = new Map(candidates.map((x) => [x, cost(x)]));
  const best = candidates.sort(
    (a, b) => (costs.get(a) as number) - (costs.get(b) as number) || Math.abs(a - into) - Math.abs(b - into) || a - b,
  )[0];
  return best ?? into;
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
