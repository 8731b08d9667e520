import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../src/layout';
import { layoutProblems } from '../helpers/layout-checks';
import { catalogDiagrams, generated } from './catalog';

describe('layout acceptance geometry', () => {
  for (const diagram of catalogDiagrams()) {
    it(`${diagram.id}: no overlaps, nodes in groups, edges on borders, labels clear of nodes`, async () => {
      const layout = await layoutDiagram(diagram);
      expect(layout.warnings).toEqual([]);
      expect(layout.nodes.map((n) => n.id)).toEqual(diagram.nodes.map((n) => n.id));
      expect(layout.edges).toHaveLength(diagram.edges.length);
      expect(layoutProblems(layout, diagram)).toEqual([]);
    });
  }

  for (const size of [10, 30, 100, 300]) {
    it(`generated graph of ${size} nodes (cycles, self-loops, isolated nodes, nested groups)`, async () => {
      const diagram = generated(size);
      const layout = await layoutDiagram(diagram);
      expect(layout.warnings).toEqual([]);
      expect(layout.nodes).toHaveLength(size);
      expect(layoutProblems(layout, diagram)).toEqual([]);
    });
  }

  it('generated graph of 1,000 nodes', { timeout: 120_000 }, async () => {
    const diagram = generated(1000);
    const layout = await layoutDiagram(diagram, { timeLimitMs: 110_000 });
    expect(layout.warnings).toEqual([]);
    expect(layoutProblems(layout, diagram)).toEqual([]);
  });
});
