import type { Diagram, DiagramEdge } from '../schema';

/**
 * How strongly an edge kind may dictate the reading direction; lower wins. The online request
 * path is the story of the diagram, data flow comes next, and loops back from logs, training and
 * scheduled jobs are drawn against the flow rather than bending the main path around them.
 */
const KIND_RANK: Record<DiagramEdge['kind'], number> = {
  request: 0,
  data: 1,
  feedback: 2,
  training: 2,
  async: 3,
};

/** The id of the root container, which holds ungrouped nodes and top-level groups. */
export const ROOT_CONTAINER = '__root';

/** Where an item (node or group) sits: the chain of containers from it up to the root. */
function containerChains(diagram: Diagram): (id: string) => string[] {
  const parentOfGroup = new Map(diagram.groups.map((g) => [g.id, g.parent ?? ROOT_CONTAINER]));
  const groupOfNode = new Map(diagram.nodes.map((n) => [n.id, n.group ?? ROOT_CONTAINER]));
  return (nodeId) => {
    const chain = [nodeId];
    let container = groupOfNode.get(nodeId) ?? ROOT_CONTAINER;
    // Bounded by the number of groups, so a (rejected upstream) group cycle cannot hang us.
    for (let i = 0; i <= diagram.groups.length && container !== ROOT_CONTAINER; i++) {
      chain.push(container);
      container = parentOfGroup.get(container) ?? ROOT_CONTAINER;
    }
    chain.push(ROOT_CONTAINER);
    return chain;
  };
}

/**
 * Decides which edges are laid out reversed so that every level of the group hierarchy is
 * acyclic. elk lays groups out as compound nodes, so an edge between two groups orders the groups
 * themselves: online → nearline → offline → online is a cycle at the top level even when no node
 * cycle exists. Edges are accepted in order of kind rank, then author order; an edge that would
 * close a cycle among the items under its lowest common container is reversed instead. Only that
 * level matters: inside the groups elk routes the edge through a border port.
 *
 * Returns the indices (into diagram.edges) of the edges to reverse. Self-loops are never reversed.
 */
export function edgesToReverse(diagram: Diagram): Set<number> {
  const chainOf = containerChains(diagram);
  const nodeIds = new Set(diagram.nodes.map((n) => n.id));
  const accepted = new Map<string, string[]>();
  const reversed = new Set<number>();
  const order = diagram.edges
    .map((edge, index) => ({ edge, index }))
    .filter(({ edge }) => edge.from !== edge.to && nodeIds.has(edge.from) && nodeIds.has(edge.to))
    .sort((a, b) => KIND_RANK[a.edge.kind] - KIND_RANK[b.edge.kind] || a.index - b.index);
  for (const { edge, index } of order) {
    const [a, b] = itemsBelowCommonContainer(chainOf(edge.from), chainOf(edge.to));
    if (a === b) continue;
    const closesCycle = reaches(accepted, b, a);
    const [from, to] = closesCycle ? [b, a] : [a, b];
    if (closesCycle) reversed.add(index);
    const out = accepted.get(from);
    if (out) out.push(to);
    else accepted.set(from, [to]);
  }
  return reversed;
}

/** The two items directly below the lowest container that holds both ends of an edge. */
function itemsBelowCommonContainer(from: string[], to: string[]): [string, string] {
  const toSet = new Set(to);
  const common = from.findIndex((item, i) => i > 0 && toSet.has(item));
  const lca = from[common] as string;
  return [from[common - 1] as string, to[to.indexOf(lca) - 1] as string];
}

/** Whether `target` is reachable from `start` along accepted edges (iterative DFS). */
function reaches(graph: ReadonlyMap<string, string[]>, start: string, target: string): boolean {
  const seen = new Set<string>([start]);
  const stack = [start];
  while (stack.length) {
    const item = stack.pop() as string;
    if (item === target) return true;
    for (const next of graph.get(item) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}
