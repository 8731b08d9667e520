import {
  Activity,
  Boxes,
  BrainCircuit,
  CloudCog,
  Cpu,
  Database,
  DatabaseZap,
  Filter,
  FlaskConical,
  Gauge,
  Globe,
  Hourglass,
  Layers,
  ListOrdered,
  type LucideIcon,
  Monitor,
  Moon,
  Network,
  Radio,
  Search,
  Server,
  Shuffle,
  SlidersHorizontal,
  Sparkles,
  Tag,
  Timer,
  UserCheck,
  Warehouse,
  Waves,
  Workflow,
  Zap,
} from 'lucide-react';
import type { EdgeKind, NodeKind, Stage } from '../schema';
import { KIND_NAMES } from './kind-names';

/** Icon and accent colour token of each node kind. Colours are CSS variables, so sites can restyle. */
export const KIND_STYLE: Record<NodeKind, { icon: LucideIcon; accent: string; name: string }> = withNames({
  client: { icon: Monitor, accent: 'slate' },
  service: { icon: Server, accent: 'slate' },
  gateway: { icon: Network, accent: 'slate' },
  'data-source': { icon: Database, accent: 'amber' },
  'event-stream': { icon: Radio, accent: 'amber' },
  'stream-processor': { icon: Waves, accent: 'amber' },
  'batch-job': { icon: Workflow, accent: 'amber' },
  storage: { icon: Warehouse, accent: 'stone' },
  'data-lake': { icon: Layers, accent: 'stone' },
  'feature-store': { icon: DatabaseZap, accent: 'teal' },
  cache: { icon: Zap, accent: 'teal' },
  'embedding-model': { icon: Sparkles, accent: 'violet' },
  'vector-index': { icon: Boxes, accent: 'violet' },
  retrieval: { icon: Search, accent: 'blue' },
  ranking: { icon: ListOrdered, accent: 'blue' },
  reranking: { icon: Shuffle, accent: 'blue' },
  filter: { icon: Filter, accent: 'blue' },
  model: { icon: BrainCircuit, accent: 'violet' },
  training: { icon: Cpu, accent: 'green' },
  evaluation: { icon: Gauge, accent: 'green' },
  'model-registry': { icon: Tag, accent: 'green' },
  labeling: { icon: SlidersHorizontal, accent: 'rose' },
  monitoring: { icon: Activity, accent: 'rose' },
  experiment: { icon: FlaskConical, accent: 'rose' },
  'human-review': { icon: UserCheck, accent: 'rose' },
});

function withNames<T extends object>(styles: Record<NodeKind, T>): Record<NodeKind, T & { name: string }> {
  const named = {} as Record<NodeKind, T & { name: string }>;
  for (const kind of Object.keys(styles) as NodeKind[]) named[kind] = { ...styles[kind], name: KIND_NAMES[kind] };
  return named;
}

/**
 * Arrowhead of each edge kind, as SVG path data in a 12×12 box pointing right with its tip at
 * (11, 6). Kinds differ in shape as well as colour and dash, so they stay apart in print and for
 * readers who do not see colour. `filled` heads are painted with the edge colour, open ones with
 * the background.
 */
export const EDGE_HEADS: Record<EdgeKind, { path: string; filled: boolean }> = {
  request: { path: 'M 1 1.5 L 11 6 L 1 10.5 Z', filled: true },
  data: { path: 'M 2 1.5 L 11 6 L 2 10.5', filled: false },
  training: { path: 'M 1.5 1.5 L 11 6 L 1.5 10.5 Z', filled: false },
  feedback: { path: 'M 11 6 A 4.5 4.5 0 1 1 2 6 A 4.5 4.5 0 1 1 11 6 Z', filled: true },
  async: { path: 'M 0.5 1.5 L 5.5 6 L 0.5 10.5 M 5.5 1.5 L 10.5 6 L 5.5 10.5', filled: false },
};

/** Icon of each stage, shown next to a group lane's title. */
export const STAGE_ICON: Record<Stage, LucideIcon> = {
  online: Globe,
  offline: Moon,
  nearline: Hourglass,
  external: CloudCog,
};

/** Icon shown for latency budgets. */
export const LatencyIcon = Timer;
