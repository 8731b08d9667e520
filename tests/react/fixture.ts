import { type Diagram, type DiagramInput, parseDiagram } from '../../src/schema';

/** Parses a diagram for a test, failing loudly if the fixture itself is invalid. */
export function diagramOf(input: DiagramInput): Diagram {
  const result = parseDiagram(input);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.diagram;
}

/**
 * A small serving system: client → api → retrieval → ranker (request path, online lane); a
 * feature store feeding the ranker; logs flowing back (feedback) into training (offline), which
 * deploys the ranker (async).
 */
export const serving = diagramOf({
  version: 1,
  id: 'serving',
  title: 'Serving',
  requirements: [
    { label: 'DAU', value: '10M' },
    { label: 'Latency (p99)', value: '< 100 ms end to end' },
  ],
  groups: [
    { id: 'online', label: 'Online', stage: 'online' },
    { id: 'offline', label: 'Offline', stage: 'offline' },
    { id: 'jobs', label: 'Jobs', parent: 'offline' },
  ],
  nodes: [
    { id: 'client', kind: 'client', label: 'Client' },
    { id: 'api', kind: 'service', label: 'API', group: 'online', latencyMs: 10 },
    {
      id: 'retrieval',
      kind: 'retrieval',
      label: 'Candidate retrieval',
      group: 'online',
      latencyMs: 40,
      volume: '1B → 1k',
      aliases: ['ANN'],
    },
    { id: 'ranker', kind: 'ranking', label: 'Ranker', group: 'online', latencyMs: 60, volume: '1k → 50' },
    { id: 'features', kind: 'feature-store', label: 'Feature store', group: 'online', latencyMs: 5 },
    { id: 'logs', kind: 'event-stream', label: 'Event logs', group: 'offline' },
    { id: 'training', kind: 'training', label: 'Training', group: 'jobs' },
  ],
  edges: [
    { from: 'client', to: 'api', kind: 'request' },
    { from: 'api', to: 'retrieval', kind: 'request' },
    { from: 'retrieval', to: 'ranker', kind: 'request' },
    { from: 'api', to: 'features', kind: 'request' },
    { from: 'features', to: 'ranker', kind: 'data' },
    { from: 'client', to: 'logs', kind: 'feedback' },
    { from: 'logs', to: 'training', kind: 'training' },
    { from: 'training', to: 'ranker', kind: 'async' },
  ],
});
