import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutQuality } from '../../bench/layout-quality';
import { layoutDiagram } from '../../src/layout';
import { toElkGraph } from '../../src/layout/elk-graph';
import { type Connector, routeConnectors, TRACK_SPACING } from '../../src/layout/lane-connectors';
import { planLanes } from '../../src/layout/lanes';
import type { Point } from '../../src/layout/types';
import { type Diagram, parseDiagram } from '../../src/schema';
import { layoutProblems } from '../helpers/layout-checks';
import { catalogDiagrams, generated } from './catalog';

const elk = new ELK();

/** Lanes top to bottom (or left to right) as laid out. */
function stacked(diagram: Diagram, layout: Awaited<ReturnType<typeof layoutDiagram>>): string[] {
  const lanes = new Set(planLanes(diagram).lanes);
  const across = (b: { x: number; y: number }) => (layout.direction === 'right' ? b.y : b.x);
  return layout.groups
    .filter((g) => lanes.has(g.id))
    .sort((a, b) => across(a) - across(b))
    .map((g) => g.id);
}

describe('lanes', () => {
  const cases: Diagram[] = [...catalogDiagrams(), ...[10, 30, 100, 300].map(generated)];
  for (const diagram of cases) {
    it(`${diagram.id}: elk accepts the lane graph, and the lanes stack in stage order`, async () => {
      const { graph, links } = toElkGraph(diagram, diagram.direction, new Set());
      // layoutDiagram would silently fall back to a layout without lanes if elk threw here.
      await expect(elk.layout(graph)).resolves.toBeDefined();
      if (planLanes(diagram).lanes.length > 1) expect(links.length).toBeGreaterThan(0);
      const layout = await layoutDiagram(diagram);
      expect(stacked(diagram, layout)).toEqual(planLanes(diagram).lanes);
      // One root layer: the lanes start together along the flow.
      const lanes = new Set(planLanes(diagram).lanes);
      const starts = layout.groups
        .filter((g) => lanes.has(g.id))
        .map((g) => (layout.direction === 'right' ? g.x : g.y));
      if (starts.length) expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(10);
    });
  }

  it('a labelled edge between two ungrouped nodes does not push a lane out of the stack', async () => {
    const parsed = parseDiagram({
      version: 1,
      id: 'ungrouped-chain',
      title: 'Ungrouped chain',
      direction: 'right',
      groups: [
        { id: 'serving', label: 'Serving', stage: 'online' },
        { id: 'training', label: 'Training', stage: 'offline' },
      ],
      nodes: [
        { id: 'app', kind: 'client', label: 'App' },
        { id: 'gateway', kind: 'gateway', label: 'Gateway' },
        { id: 'ranker', kind: 'ranking', label: 'Ranker', group: 'serving' },
        { id: 'logs', kind: 'storage', label: 'Logs', group: 'training' },
        { id: 'trainer', kind: 'training', label: 'Trainer', group: 'training' },
      ],
      edges: [
        { from: 'app', to: 'gateway', kind: 'request', label: 'user request' },
        { from: 'gateway', to: 'ranker', kind: 'request' },
        { from: 'logs', to: 'trainer', kind: 'data' },
        { from: 'trainer', to: 'ranker', kind: 'training' },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const layout = await layoutDiagram(parsed.diagram);
    const [serving, training] = ['serving', 'training'].map((id) => layout.groups.find((g) => g.id === id));
    // The label's dummy used to take the gateway into the lanes' layer: serving landed right of training.
    expect(Math.abs((serving?.x ?? 0) - (training?.x ?? Number.NaN))).toBeLessThan(10);
    expect(serving?.y ?? 0).toBeLessThan(training?.y ?? 0);
    expect(layoutProblems(layout, parsed.diagram)).toEqual([]);
  });

  it('catalog diagrams are compact, cross little and never route an edge through a node', async () => {
    let crossings = 0;
    let edges = 0;
    for (const diagram of catalogDiagrams()) {
      const layout = await layoutDiagram(diagram);
      const quality = layoutQuality(layout);
      // Chained groups made strips 8-13 times wider than high; stacked lanes stay under 5.
      expect(layout.width / layout.height, diagram.id).toBeLessThan(5);
      expect(quality.edgeThroughNode, diagram.id).toBe(0);
      crossings += quality.crossings;
      edges += layout.edges.length;
    }
    // Connector tracks assigned by the x of their ports (the first rule) gave ~1.5 per edge.
    expect(crossings / edges).toBeLessThan(1.1);
  });
});

describe('routeConnectors', () => {
  // Three lanes stacked downwards (direction right): 0..100, 140..240, 280..380.
  const lanes = [0, 140, 280].map((y) => ({ x: 0, y, width: 1000, height: 100 }));
  const scene = { lanes, obstacles: [], groups: lanes };
  const horizontal = (route: Point[]) => route.slice(1).flatMap((p, i) => (p.y === route[i]?.y ? [p.y] : []));

  it('nests staggered connectors in a gap instead of crossing them', () => {
    // Both go down and right, the second starting and ending further along: the second must take
    // the track nearer the upper lane, or its stub down would cut the first's run.
    const connectors: Connector[] = [
      { id: 'a', out: { x: 100, y: 100 }, into: { x: 300, y: 140 }, fromLane: 0, toLane: 1 },
      { id: 'b', out: { x: 200, y: 100 }, into: { x: 400, y: 140 }, fromLane: 0, toLane: 1 },
    ];
    const routes = routeConnectors(connectors, scene, 'right');
    const [a] = horizontal(routes.get('a') as Point[]);
    const [b] = horizontal(routes.get('b') as Point[]);
    expect(b).toBeLessThan(a as number);
    expect(Math.abs((a as number) - (b as number))).toBe(TRACK_SPACING);
    expect(routes.get('a')?.[0]).toEqual({ x: 100, y: 100 });
    expect(routes.get('a')?.at(-1)).toEqual({ x: 300, y: 140 });
  });

  it('crosses a lane in between where no node is, on distinct lines', () => {
    const node = { x: 250, y: 160, width: 200, height: 60 };
    const connectors: Connector[] = [
      { id: 'a', out: { x: 300, y: 100 }, into: { x: 320, y: 280 }, fromLane: 0, toLane: 2 },
      { id: 'b', out: { x: 310, y: 100 }, into: { x: 330, y: 280 }, fromLane: 0, toLane: 2 },
    ];
    const routes = routeConnectors(connectors, { ...scene, obstacles: [node] }, 'right');
    const lines = ['a', 'b'].map((id) => {
      const route = routes.get(id) as Point[];
      // The vertical run through the middle lane.
      const through = route.slice(1).flatMap((p, i) => {
        const q = route[i] as Point;
        return p.x === q.x && Math.min(p.y, q.y) <= 140 && Math.max(p.y, q.y) >= 240 ? [p.x] : [];
      });
      expect(through, id).toHaveLength(1);
      return through[0] as number;
    });
    for (const x of lines) expect(x < node.x - 14 || x > node.x + node.width + 14).toBe(true);
    expect(Math.abs((lines[0] as number) - (lines[1] as number))).toBeGreaterThanOrEqual(TRACK_SPACING);
  });

  it('passes a lane beside its edges rather than across them, when the detour is short', () => {
    // An edge runs along the middle lane from x 100 to 540; the connector's ports are at x 500/520.
    const paths = [
      [
        { x: 100, y: 190 },
        { x: 540, y: 190 },
      ],
    ];
    const connectors: Connector[] = [
      { id: 'a', out: { x: 500, y: 100 }, into: { x: 520, y: 280 }, fromLane: 0, toLane: 2 },
    ];
    const route = routeConnectors(connectors, { ...scene, paths }, 'right').get('a') as Point[];
    const through = route.slice(1).flatMap((p, i) => {
      const q = route[i] as Point;
      return p.x === q.x && Math.min(p.y, q.y) <= 140 && Math.max(p.y, q.y) >= 240 ? [p.x] : [];
    });
    expect(through).toHaveLength(1);
    expect(through[0]).toBeGreaterThan(540);
  });
});
