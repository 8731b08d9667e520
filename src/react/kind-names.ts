import type { EdgeKind, NodeKind, Stage } from '../schema';

/** Reader-facing name of each node kind, used in accessible names, the legend and text outlines. */
export const KIND_NAMES: Record<NodeKind, string> = {
  client: 'Client',
  service: 'Service',
  gateway: 'Gateway',
  'data-source': 'Data source',
  'event-stream': 'Event stream',
  'stream-processor': 'Stream processor',
  'batch-job': 'Batch job',
  storage: 'Storage',
  'data-lake': 'Data lake',
  'feature-store': 'Feature store',
  cache: 'Cache',
  'embedding-model': 'Embedding model',
  'vector-index': 'Vector index',
  retrieval: 'Retrieval',
  ranking: 'Ranking',
  reranking: 'Re-ranking',
  filter: 'Filter',
  model: 'Model',
  training: 'Training',
  evaluation: 'Evaluation',
  'model-registry': 'Model registry',
  labeling: 'Labeling',
  monitoring: 'Monitoring',
  experiment: 'Experiment',
  'human-review': 'Human review',
};

/** Reader-facing name and meaning of each edge kind. */
export const EDGE_KIND_NAMES: Record<EdgeKind, { name: string; meaning: string }> = {
  request: { name: 'Request', meaning: 'online call on the request path' },
  data: { name: 'Data', meaning: 'data flow' },
  training: { name: 'Training', meaning: 'feeds model training' },
  feedback: { name: 'Feedback', meaning: 'logged outcomes flowing back' },
  async: { name: 'Async', meaning: 'queued or scheduled' },
};

/** Reader-facing name of each stage a group can run in. */
export const STAGE_NAMES: Record<Stage, string> = {
  online: 'Online',
  offline: 'Offline',
  nearline: 'Nearline',
  external: 'External',
};
