import { describe, expect, it } from 'vitest';
import { type DiagramLayout, layerSlots, layoutDiagram } from '../../src/layout';
import type { Diagram } from '../../src/schema';
import { layoutProblems } from '../helpers/layout-checks';
import { catalogDiagrams } from './catalog';

/** Every node's slot except `skip`'s, as comparable text. */
function slotsWithout(layout: DiagramLayout, diagram: Diagram, skip: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, slot] of layerSlots(layout, diagram)) {
    if (id !== skip) out[id] = `${slot.container} layer ${slot.layer} #${slot.order}`;
  }
  return out;
}

describe('expanding a node keeps the mental map', () => {
  for (const diagram of catalogDiagrams()) {
    it(`${diagram.id}: every other node keeps its layer and order, for every node expanded`, {
      timeout: 300_000,
    }, async () => {
      const collapsed = await layoutDiagram(diagram);
      for (const node of diagram.nodes) {
        const expanded = await layoutDiagram(diagram, { expanded: [node.id], base: collapsed });
        expect(expanded.warnings).toEqual([]);
        const box = expanded.nodes.find((n) => n.id === node.id);
        expect(box?.expanded, `${node.id} is laid out as a card`).toBe(true);
        expect(slotsWithout(expanded, diagram, node.id), `expanding ${node.id}`).toEqual(
          slotsWithout(collapsed, diagram, node.id),
        );
        expect(layoutProblems(expanded, diagram), `expanding ${node.id}`).toEqual([]);
      }
    });
  }
});
