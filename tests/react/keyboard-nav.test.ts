import { describe, expect, it } from 'vitest';
import type { DiagramLayout, LayoutNode } from '../../src';
import { inReadingOrder, nextNode, readingOrder } from '../../src/react/keyboard-nav';

const box = (id: string, x: number, y: number): LayoutNode => ({
  id,
  x,
  y,
  width: 100,
  height: 50,
  expanded: false,
  labelLines: [id],
  detailLines: [],
});

// app → retrieval → ranker ← features; ranker → log. Lanes: online (top), offline (below).
const layout: DiagramLayout = {
  version: 1,
  hash: 'x',
  direction: 'right',
  width: 800,
  height: 400,
  nodes: [
    box('log', 500, 300),
    box('ranker', 400, 50),
    box('features', 200, 120),
    box('retrieval', 200, 40),
    box('app', 0, 50),
  ],
  groups: [
    { id: 'online', depth: 0, x: 150, y: 0, width: 400, height: 200 },
    { id: 'offline', depth: 0, x: 450, y: 250, width: 200, height: 120 },
  ],
  edges: [],
  warnings: [],
};
const edges = [
  { from: 'app', to: 'retrieval' },
  { from: 'retrieval', to: 'ranker' },
  { from: 'features', to: 'ranker' },
  { from: 'ranker', to: 'log' },
];

describe('keyboard navigation along edges', () => {
  const order = readingOrder(layout);

  it('reads lanes top to bottom, then along the flow inside each lane', () => {
    expect(order).toEqual(['app', 'retrieval', 'features', 'ranker', 'log']);
    expect(inReadingOrder(layout).layout.nodes.map((n) => n.id)).toEqual(order);
  });

  it('moves downstream with the flow key and upstream with the opposite one, preferring the node lined up', () => {
    expect(nextNode(layout, edges, 'app', 'ArrowRight', order)).toBe('retrieval');
    expect(nextNode(layout, edges, 'retrieval', 'ArrowRight', order)).toBe('ranker');
    expect(nextNode(layout, edges, 'ranker', 'ArrowLeft', order)).toBe('retrieval');
    expect(nextNode(layout, edges, 'log', 'ArrowRight', order)).toBeUndefined();
  });

  it('steps across to siblings with the cross keys, and skips nodes that are not available', () => {
    expect(nextNode(layout, edges, 'retrieval', 'ArrowDown', order)).toBe('features');
    expect(nextNode(layout, edges, 'features', 'ArrowUp', order)).toBe('retrieval');
    expect(nextNode(layout, edges, 'features', 'ArrowDown', order)).toBeUndefined();
    expect(nextNode(layout, edges, 'ranker', 'ArrowLeft', order, (id) => id !== 'retrieval')).toBe('features');
  });

  it('jumps to the ends of the reading order with Home and End', () => {
    expect(nextNode(layout, edges, 'ranker', 'Home', order)).toBe('app');
    expect(nextNode(layout, edges, 'ranker', 'End', order)).toBe('log');
  });

  it('uses the vertical keys along the flow in a top-down diagram', () => {
    const down: DiagramLayout = {
      ...layout,
      direction: 'down',
      groups: [],
      nodes: [
        box('app', 0, 0),
        box('retrieval', 0, 100),
        box('features', 150, 100),
        box('ranker', 0, 200),
        box('log', 0, 300),
      ],
    };
    expect(nextNode(down, edges, 'app', 'ArrowDown', readingOrder(down))).toBe('retrieval');
    expect(nextNode(down, edges, 'retrieval', 'ArrowRight', readingOrder(down))).toBe('features');
    expect(nextNode(down, edges, 'app', 'ArrowRight', readingOrder(down))).toBeUndefined();
  });
});
