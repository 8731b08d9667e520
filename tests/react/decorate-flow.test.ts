import type { Edge, Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { decorateFlow } from '../../src/react/decorate-flow';
import { lineage } from '../../src/react/paths';
import { visibleUnder } from '../../src/react/view-filter';
import { serving } from './fixture';

const flow: { nodes: Node[]; edges: Edge[] } = {
  nodes: [
    { id: 'group:online', position: { x: 0, y: 0 }, data: {} },
    ...serving.nodes.map((n) => ({ id: n.id, position: { x: 0, y: 0 }, data: {}, className: 'own' })),
  ],
  edges: [
    { id: 'client->api', source: 'client', target: 'api' },
    { id: 'client->logs', source: 'client', target: 'logs' },
    { id: 'logs->training', source: 'logs', target: 'training' },
  ],
};

describe('decorateFlow', () => {
  it('returns the very same flow when there is nothing to show', () => {
    expect(decorateFlow(flow, {})).toBe(flow);
  });

  it('marks lit, dimmed and focused elements, keeping their own classes and leaving groups alone', () => {
    const out = decorateFlow(flow, { lineage: lineage(serving, 'api') });
    const cls = (id: string) => out.nodes.find((n) => n.id === id)?.className;
    expect(cls('api')).toBe('own mlsd-lit mlsd-focus');
    expect(cls('ranker')).toBe('own mlsd-lit');
    expect(cls('logs')).toBe('own mlsd-dim');
    expect(cls('group:online')).toBeUndefined();
    expect(out.edges.map((e) => e.className)).toEqual(['mlsd-lit', 'mlsd-dim', 'mlsd-dim']);
  });

  it('hides what a filter leaves out, groups included', () => {
    const out = decorateFlow(flow, { visible: visibleUnder(serving, { side: 'offline', edgeKind: 'all' }) });
    expect(out.nodes.filter((n) => !n.hidden).map((n) => n.id)).toEqual(['logs', 'training']);
    expect(out.edges.filter((e) => !e.hidden).map((e) => e.id)).toEqual(['logs->training']);
  });
});
