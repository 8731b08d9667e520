import { edgeIds } from '../layout/edge-ids';
import type { Diagram, EdgeKind } from '../schema';

/** What is connected to one node: everything feeding it, everything it feeds, and the edges on those paths. */
export interface Lineage {
  /** The node the lineage was computed for. */
  focus: string;
  /** Nodes from which the focus can be reached. */
  upstream: ReadonlySet<string>;
  /** Nodes reachable from the focus. */
  downstream: ReadonlySet<string>;
  /** Ids (see `edgeIds`) of edges lying on an upstream or downstream path. */
  edges: ReadonlySet<string>;
}

/**
 * Edge kinds that close loops: logged outcomes flowing back to training (`feedback`) and
 * scheduled deploys (`async`). Followed for one hop only — otherwise, in any system with a
 * training loop, every node would be upstream and downstream of every other and nothing dims.
 * @default ['feedback', 'async']
 */
export const LOOP_KINDS: readonly EdgeKind[] = ['feedback', 'async'];

interface Step {
  node: string;
  edge: string;
  loop: boolean;
}

/**
 * Everything upstream and downstream of `focus`. Edges of `loopKinds` are followed only as the
 * first step out of (or into) the focus, all other kinds transitively. Pure.
 */
export function lineage(diagram: Diagram, focus: string, loopKinds: readonly EdgeKind[] = LOOP_KINDS): Lineage {
  const ids = edgeIds(diagram);
  const out = new Map<string, Step[]>();
  const into = new Map<string, Step[]>();
  diagram.edges.forEach((edge, i) => {
    const loop = loopKinds.includes(edge.kind);
    const id = ids[i] as string;
    push(out, edge.from, { node: edge.to, edge: id, loop });
    push(into, edge.to, { node: edge.from, edge: id, loop });
  });
  const edges = new Set<string>();
  const downstream = reach(focus, out, edges);
  const upstream = reach(focus, into, edges);
  return { focus, upstream, downstream, edges };
}

function push(map: Map<string, Step[]>, key: string, step: Step): void {
  const list = map.get(key);
  if (list) list.push(step);
  else map.set(key, [step]);
}

/**
 * Breadth-first reach from `start`. An edge is on a path when its far end is reached through it;
 * loop edges are only taken from the start itself.
 */
function reach(start: string, next: Map<string, Step[]>, edges: Set<string>): Set<string> {
  const lit = new Set<string>();
  const explored = new Set<string>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i] as string;
    for (const step of next.get(from) ?? []) {
      if (step.loop && from !== start) continue;
      edges.add(step.edge);
      if (step.node !== start) lit.add(step.node);
      // A node reached only through a loop edge is lit but not explored further.
      if (!step.loop && !explored.has(step.node)) {
        explored.add(step.node);
        queue.push(step.node);
      }
    }
  }
  return lit;
}

/** Whether a node belongs to the lineage (the focus itself included). */
export function inLineage(lin: Lineage, id: string): boolean {
  return id === lin.focus || lin.upstream.has(id) || lin.downstream.has(id);
}
