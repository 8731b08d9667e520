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

/** What each node kind means: shown as hover docs in editors and listed in the README. */
export const NODE_KIND_DESCRIPTIONS: Record<(typeof NODE_KINDS)[number], string> = {
  client: 'A user-facing app, browser or device that sends requests.',
  service: 'A backend service on the request path (API, orchestrator, business logic).',
  gateway: 'An API gateway, load balancer or edge proxy.',
  'data-source': 'Where raw data comes from: logs, an OLTP database, a third-party feed.',
  'event-stream': 'A log or message bus such as Kafka, Kinesis or Pub/Sub.',
  'stream-processor': 'A streaming job that computes features or aggregates (Flink, Spark Streaming).',
  'batch-job': 'A scheduled batch computation (Spark, Beam, Airflow task).',
  storage: 'A database, blob store or table holding data at rest.',
  'data-lake': 'A data lake or warehouse for analytics and training data.',
  'feature-store': 'Offline and online feature storage with point-in-time lookups.',
  cache: 'A cache in front of something slower (Redis, Memcached).',
  'embedding-model': 'A model that maps items, users or queries to vectors.',
  'vector-index': 'An approximate nearest-neighbour index (FAISS, ScaNN, HNSW).',
  retrieval: 'Candidate generation: narrows millions of items to thousands.',
  ranking: 'Scores candidates with a heavier model and orders them.',
  reranking: 'Re-orders the top results for diversity, freshness, policy or business rules.',
  filter: 'Removes candidates by rule: seen items, eligibility, safety.',
  model: 'A model serving predictions that fits no more specific kind.',
  training: 'A model training job or pipeline.',
  evaluation: 'Offline evaluation, validation gates or backtests.',
  'model-registry': 'Versioned model artifacts and their metadata.',
  labeling: 'Producing labels: from user feedback, heuristics or annotators.',
  monitoring: 'Dashboards, drift detection and alerts on data and model quality.',
  experiment: 'A/B testing, interleaving or bandit allocation.',
  'human-review': 'People in the loop: moderators, analysts, reviewers.',
};

/** What each edge kind means. */
export const EDGE_KIND_DESCRIPTIONS: Record<(typeof EDGE_KINDS)[number], string> = {
  request: 'An online call on the request path; counts towards latency.',
  data: 'Data flowing from one component to another (the default).',
  training: 'Data or models feeding model training.',
  feedback: 'Logged outcomes (clicks, labels) flowing back into the system.',
  async: 'Queued, scheduled or fire-and-forget work off the request path.',
};

/** What each group stage means. */
export const STAGE_DESCRIPTIONS: Record<(typeof STAGES)[number], string> = {
  online: 'On the request path, answering users in real time.',
  offline: 'Batch pipelines and training, run on a schedule.',
  nearline: 'Streaming work seconds to minutes behind real time.',
  external: 'Outside the system: users, partners, third-party services.',
};

/** Diagram format versions this release reads. */
export const SUPPORTED_VERSIONS = [1] as const;

export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type Stage = (typeof STAGES)[number];
export type FrameworkStep = (typeof FRAMEWORK_STEPS)[number];
