/** Every kind of component a node can be; each has its own icon and colour in the views. */
export const NODE_KINDS = [
  'client',
  'service',
  'gateway',
  'data-source',
  'event-stream',
  'stream-processor',
  'batch-job',
  'storage',
  'data-lake',
  'feature-store',
  'cache',
  'embedding-model',
  'vector-index',
  'retrieval',
  'ranking',
  'reranking',
  'filter',
  'model',
  'training',
  'evaluation',
  'model-registry',
  'labeling',
  'monitoring',
  'experiment',
  'human-review',
] as const;

/** What flows along an edge. */
export const EDGE_KINDS = ['request', 'data', 'training', 'feedback', 'async'] as const;

/** Where a group of components runs. */
export const STAGES = ['online', 'offline', 'nearline', 'external'] as const;

/** The 7 steps of the ML system design framework, in order. */
export const FRAMEWORK_STEPS = [
  'requirements',
  'framing',
  'data',
  'features',
  'model',
  'serving',
  'monitoring',
] as const;

/** Diagram format versions this release reads. */
export const SUPPORTED_VERSIONS = [1] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type Stage = (typeof STAGES)[number];
export type FrameworkStep = (typeof FRAMEWORK_STEPS)[number];
