import { describe, expect, it } from 'vitest';
import { nodeSides, nodeStage, visibleUnder } from '../../src/react/view-filter';
import { serving } from './fixture';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('view filters', () => {
  it('reads a node stage through nested groups', () => {
    const training = serving.nodes.find((n) => n.id === 'training');
    expect(training && nodeStage(serving, training)).toBe('offline');
  });

  it('puts the ungrouped client on the online side because it makes requests', () => {
    const sides = nodeSides(serving);
    expect(sides.get('client')).toBe('online');
    expect(sides.get('logs')).toBe('offline');
  });

  it('shows only the online path', () => {
    const v = visibleUnder(serving, { side: 'online', edgeKind: 'all' });
    expect(sorted(v.nodes)).toEqual(['api', 'client', 'features', 'ranker', 'retrieval']);
    expect(sorted(v.groups)).toEqual(['online']);
    expect(v.edges.has('client->logs')).toBe(false);
    expect(v.edges.has('features->ranker')).toBe(true);
  });

  it('shows only the offline pipelines, with their parent groups', () => {
    const v = visibleUnder(serving, { side: 'offline', edgeKind: 'all' });
    expect(sorted(v.nodes)).toEqual(['logs', 'training']);
    expect(sorted(v.groups)).toEqual(['jobs', 'offline']);
    expect(sorted(v.edges)).toEqual(['logs->training']);
  });

  it('shows one edge kind and only the nodes it connects', () => {
    const v = visibleUnder(serving, { side: 'all', edgeKind: 'request' });
    expect(sorted(v.edges)).toEqual(['api->features', 'api->retrieval', 'client->api', 'retrieval->ranker']);
    expect(sorted(v.nodes)).toEqual(['api', 'client', 'features', 'ranker', 'retrieval']);
    expect(visibleUnder(serving, { side: 'offline', edgeKind: 'request' }).nodes.size).toBe(0);
  });
});
