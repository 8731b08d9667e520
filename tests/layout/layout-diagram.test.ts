import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutDiagram } from '../../src/layout';
import { type Diagram, parseDiagram } from '../../src/schema';
import { contains, overlappingPairs } from '../helpers/geometry';

function load(name: string): Diagram {
  const result = parseDiagram(readFileSync(new URL(`../../diagrams/${name}.json`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.diagram;
}

describe('layoutDiagram', () => {
  it('lays out the two-stage recommender: no overlaps, nodes inside their groups, every edge routed', async () => {
    const diagram = load('two-stage-recommender');
    const layout = await layoutDiagram(diagram);
    expect(layout.warnings).toEqual([]);
    expect(layout.nodes.map((n) => n.id)).toEqual(diagram.nodes.map((n) => n.id));
    expect(overlappingPairs(layout.nodes)).toEqual([]);
    for (const node of diagram.nodes) {
      if (!node.group) continue;
      const group = layout.groups.find((g) => g.id === node.group);
      const box = layout.nodes.find((n) => n.id === node.id);
      expect(group && box && contains(group, box), `${node.id} inside ${node.group}`).toBe(true);
    }
    expect(layout.edges).toHaveLength(diagram.edges.length);
    for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('is deterministic: the same input gives byte-identical JSON', async () => {
    const diagram = load('two-stage-recommender');
    const [a, b] = await Promise.all([layoutDiagram(diagram), layoutDiagram(diagram)]);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
