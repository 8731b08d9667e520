import { describe, expect, it } from 'vitest';
import { isLayoutCurrent, layoutDiagram } from '../../src/layout';
import { type Diagram, parseDiagram } from '../../src/schema';
import { layoutProblems } from '../helpers/layout-checks';
import { catalogDiagrams } from './catalog';

function diagramOf(input: object): Diagram {
  const result = parseDiagram({ version: 1, id: 'bad-input', title: 'Bad input', ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.diagram;
}

const node = (id: string, extra: object = {}) => ({ id, kind: 'service', label: id, ...extra });

describe('bad input lays out without throwing', () => {
  it('cycles, self-loops and isolated nodes', async () => {
    const diagram = diagramOf({
      nodes: ['a', 'b', 'c', 'lonely'].map((id) => node(id)),
      edges: [
        { from: 'a', to: 'b', kind: 'request' },
        { from: 'b', to: 'c', label: 'loop back' },
        { from: 'c', to: 'a', kind: 'feedback' },
        { from: 'b', to: 'b', label: 'retry' },
      ],
    });
    const layout = await layoutDiagram(diagram);
    expect(layout.warnings).toEqual([]);
    expect(layoutProblems(layout, diagram)).toEqual([]);
    const back = layout.edges.find((e) => e.id === 'c->a');
    expect(back?.from).toBe('c');
    // The request edge leads: a sits before b along the flow, the feedback edge runs back.
    const box = (id: string) => layout.nodes.find((n) => n.id === id);
    expect((box('a')?.x ?? 0) < (box('b')?.x ?? 0)).toBe(true);
  });

  it('an empty diagram', async () => {
    const layout = await layoutDiagram(diagramOf({ nodes: [], edges: [] }));
    expect(layout.nodes).toEqual([]);
    expect(layout.edges).toEqual([]);
    expect(layout.width).toBeGreaterThanOrEqual(0);
  });

  it('an edge from a node to its own group (not a node) is skipped with a warning', async () => {
    const diagram = diagramOf({
      groups: [{ id: 'g', label: 'Group' }],
      nodes: [node('a', { group: 'g' }), node('b', { group: 'g' })],
      edges: [{ from: 'a', to: 'b' }],
    });
    const broken = { ...diagram, edges: [...diagram.edges, { from: 'a', to: 'g', kind: 'data' }] } as Diagram;
    const layout = await layoutDiagram(broken);
    expect(layout.warnings).toEqual([expect.stringContaining("edge 'a->g'")]);
    expect(layout.edges.map((e) => e.id)).toEqual(['a->b']);
    expect(layoutProblems(layout, diagram)).toEqual([]);
  });

  it('a node with a 2,000-character label wraps it, within the node width', async () => {
    const label = 'Feature pipeline '.repeat(118).slice(0, 2000);
    const diagram = diagramOf({ nodes: [node('long', { label }), node('b')], edges: [{ from: 'long', to: 'b' }] });
    const layout = await layoutDiagram(diagram);
    const box = layout.nodes[0];
    expect(box?.labelLines.join(' ').replace(/\s+/g, ' ')).toBe(label.trim().replace(/\s+/g, ' '));
    expect(box?.labelLines.length).toBeGreaterThan(20);
    expect(box?.width).toBeLessThanOrEqual(248);
    expect(box?.height).toBeGreaterThan((box?.labelLines.length ?? 0) * 18);
    expect(layoutProblems(layout, diagram)).toEqual([]);
  });

  it('1,000 nodes in one group', { timeout: 120_000 }, async () => {
    const diagram = diagramOf({
      groups: [{ id: 'all', label: 'Everything' }],
      nodes: Array.from({ length: 1000 }, (_, i) => node(`n${i}`, { group: 'all' })),
      edges: Array.from({ length: 999 }, (_, i) => ({ from: `n${Math.floor(i / 3)}`, to: `n${i + 1}` })),
    });
    const layout = await layoutDiagram(diagram, { timeLimitMs: 110_000 });
    expect(layout.nodes).toHaveLength(1000);
    expect(layoutProblems(layout, diagram)).toEqual([]);
  });

  it('falls back to the simple layered layout with a warning when elk runs past the time bound', async () => {
    const [diagram] = catalogDiagrams();
    if (!diagram) throw new Error('no catalog diagram');
    const layout = await layoutDiagram(diagram, { timeLimitMs: 0 });
    expect(layout.warnings).toEqual([expect.stringMatching(/timed out.*fallback/)]);
    expect(layout.nodes).toHaveLength(diagram.nodes.length);
    expect(layoutProblems(layout, diagram)).toEqual([]);
  });
});

describe('layout JSON', () => {
  it('is versioned, hashed and byte-identical for the same input', async () => {
    const [diagram] = catalogDiagrams();
    if (!diagram) throw new Error('no catalog diagram');
    const first = JSON.stringify(await layoutDiagram(diagram, { expanded: [diagram.nodes[0]?.id ?? ''] }));
    const second = JSON.stringify(await layoutDiagram(diagram, { expanded: [diagram.nodes[0]?.id ?? ''] }));
    expect(first).toBe(second);
    expect(JSON.parse(first)).toMatchObject({ version: 1, hash: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('detects a stale precomputed layout', async () => {
    const [diagram] = catalogDiagrams();
    if (!diagram) throw new Error('no catalog diagram');
    const layout = await layoutDiagram(diagram);
    expect(isLayoutCurrent(layout, diagram)).toBe(true);
    const relabelled = {
      ...diagram,
      nodes: diagram.nodes.map((n, i) => (i === 0 ? { ...n, label: `${n.label} v2` } : n)),
    };
    expect(isLayoutCurrent(layout, relabelled)).toBe(false);
    const rekinded = {
      ...diagram,
      edges: diagram.edges.map((e, i) => (i === 0 ? { ...e, kind: 'async' as const } : e)),
    };
    expect(isLayoutCurrent(layout, rekinded)).toBe(false);
    expect(isLayoutCurrent(layout, diagram, { expanded: [diagram.nodes[0]?.id ?? ''] })).toBe(false);
    expect(isLayoutCurrent({ ...layout, version: 2 } as unknown as typeof layout, diagram)).toBe(false);
  });
});
