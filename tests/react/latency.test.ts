import { describe, expect, it } from 'vitest';
import { latencyRequirement, requestCriticalPath } from '../../src/react/latency';
import { diagramOf, serving } from './fixture';

describe('request latency', () => {
  it('sums the slowest chain of request edges', () => {
    // client → api → retrieval → ranker = 0 + 10 + 40 + 60; the feature branch is 10 + 5.
    expect(requestCriticalPath(serving)).toEqual({ nodes: ['client', 'api', 'retrieval', 'ranker'], totalMs: 110 });
  });

  it('reads the latency requirement from the requirements list', () => {
    expect(latencyRequirement(serving)).toEqual({
      label: 'Latency (p99)',
      value: '< 100 ms end to end',
      limitMs: 100,
    });
  });

  it('understands seconds, skips figures without a unit and survives a request cycle', () => {
    const d = diagramOf({
      version: 1,
      id: 'loop',
      title: 'Loop',
      requirements: [
        { label: 'Latency', value: 'fast' },
        { label: 'Batch latency', value: 'under 1.5 s' },
      ],
      nodes: [
        { id: 'a', kind: 'service', label: 'A', latencyMs: 5 },
        { id: 'b', kind: 'service', label: 'B', latencyMs: 7 },
      ],
      edges: [
        { from: 'a', to: 'b', kind: 'request' },
        { from: 'b', to: 'a', kind: 'request' },
      ],
    });
    expect(latencyRequirement(d)?.limitMs).toBe(1500);
    expect(requestCriticalPath(d)?.totalMs).toBe(12);
  });

  it('has no request path without request edges', () => {
    const d = diagramOf({ version: 1, id: 'x', title: 'X', nodes: [{ id: 'a', kind: 'service', label: 'A' }] });
    expect(requestCriticalPath(d)).toBeUndefined();
    expect(latencyRequirement(d)).toBeUndefined();
  });
});
