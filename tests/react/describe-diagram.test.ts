import { describe, expect, it } from 'vitest';
import { describeDiagram, outlineDiagram, parseDiagram } from '../../src';
import { statesDiagram } from '../../stories/fixtures/states-diagram';

function parsed(input: unknown) {
  const result = parseDiagram(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.diagram;
}

describe('describeDiagram', () => {
  it('outlines groups, components with kind and detail, and what feeds what', () => {
    expect(describeDiagram(parsed(statesDiagram))).toMatchInlineSnapshot(`
      "Node states: Every node state, edge kind and lane stage in one small system
      Online serving (online):
        - Candidate retrieval (Retrieval): Two-tower + ANN
          Receives from App (user id, request).
          Feeds Ranker (1k candidates, request).
        - Ranker (Ranking): Multi-task DNN
          Receives from Candidate retrieval (1k candidates, request); Feature store (data).
          Feeds Event log (impressions, feedback).
        - Feature store (Feature store): Online KV
          Feeds Ranker (data).
      Nearline (nearline):
        - Event log (Event stream): Kafka
          Receives from Ranker (impressions, feedback).
          Feeds Training (labels, training).
      Offline pipelines (offline):
        - Training (Training): Daily retrain
          Receives from Event log (labels, training).
          Feeds Model registry (async).
        - Model registry (Model registry)
          Receives from Training (async).
      Partners (external):
        - App (Client): Home feed request
          Feeds Candidate retrieval (user id, request)."
    `);
  });

  it('nests child groups under their parent and lists ungrouped components last', () => {
    const diagram = parsed({
      version: 1,
      id: 'nested',
      title: 'Nested',
      groups: [
        { id: 'inner', label: 'Inner', parent: 'outer' },
        { id: 'outer', label: 'Outer', stage: 'offline' },
      ],
      nodes: [
        { id: 'a', kind: 'batch-job', label: 'A', group: 'inner' },
        { id: 'b', kind: 'storage', label: 'B' },
      ],
      edges: [{ from: 'a', to: 'b' }],
    });
    const outline = outlineDiagram(diagram);
    expect(outline.sections.map((s) => s.id)).toEqual(['outer']);
    expect(outline.sections[0]?.sections[0]?.components.map((c) => c.id)).toEqual(['a']);
    expect(outline.ungrouped.map((c) => c.id)).toEqual(['b']);
    expect(describeDiagram(diagram)).toBe(
      [
        'Nested',
        'Outer (offline):',
        '  Inner:',
        '    - A (Batch job)',
        '      Feeds B (data).',
        'Other components:',
        '  - B (Storage)',
        '    Receives from A (data).',
      ].join('\n'),
    );
  });
});
