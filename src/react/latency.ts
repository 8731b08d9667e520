import type { Diagram } from '../schema';

/** The slowest chain of calls along the request path. */
export interface RequestPath {
  /** Node ids along the chain, first caller first. */
  nodes: string[];
  /** Sum of the nodes' `latencyMs` along the chain. */
  totalMs: number;
}

/**
 * The critical path of the request: over the graph of `request` edges, the chain whose nodes'
 * `latencyMs` sum highest (nodes without a budget count 0). A cycle among request edges — an
 * authoring slip — is cut where depth-first search meets it, so this always terminates. Pure.
 * Returns `undefined` when the diagram has no request edge.
 */
export function requestCriticalPath(diagram: Diagram): RequestPath | undefined {
  const cost = new Map(diagram.nodes.map((n) => [n.id, n.latencyMs ?? 0]));
  const next = new Map<string, string[]>();
  const hasCaller = new Set<string>();
  for (const edge of diagram.edges) {
    if (edge.kind !== 'request') continue;
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
    hasCaller.add(edge.to);
  }
  if (next.size === 0) return undefined;
  const best = new Map<string, RequestPath>();
  const onStack = new Set<string>();
  const longest = (id: string): RequestPath => {
    const known = best.get(id);
    if (known) return known;
    onStack.add(id);
    let tail: RequestPath = { nodes: [], totalMs: 0 };
    for (const to of next.get(id) ?? []) {
      if (onStack.has(to)) continue;
      const candidate = longest(to);
      if (
        candidate.totalMs > tail.totalMs ||
        (candidate.totalMs === tail.totalMs && candidate.nodes.length > tail.nodes.length)
      ) {
        tail = candidate;
      }
    }
    onStack.delete(id);
    const path = { nodes: [id, ...tail.nodes], totalMs: (cost.get(id) ?? 0) + tail.totalMs };
    best.set(id, path);
    return path;
  };
  const starts = [...next.keys()].filter((id) => !hasCaller.has(id));
  let result: RequestPath | undefined;
  for (const start of starts.length ? starts : [...next.keys()]) {
    const path = longest(start);
    if (!result || path.totalMs > result.totalMs) result = path;
  }
  return result;
}

/** A latency requirement read from the diagram's `requirements`. */
export interface LatencyRequirement {
  /** The requirement's label, e.g. "Latency (p99)". */
  label: string;
  /** Its value as written, e.g. "< 200 ms end to end". */
  value: string;
  /** The first figure in the value, in milliseconds. */
  limitMs: number;
}

/**
 * The first requirement whose label mentions latency and whose value holds a figure in ms or s
 * ("< 200 ms p99", "0.1 s"). Pure; `undefined` when there is none.
 */
export function latencyRequirement(diagram: Diagram): LatencyRequirement | undefined {
  for (const req of diagram.requirements ?? []) {
    if (!/latency/i.test(req.label)) continue;
    const match = /(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|seconds?)\b/i.exec(req.value);
    if (!match) continue;
    const n = Number(match[1]);
    const limitMs = /^s/i.test(match[2] as string) ? n * 1000 : n;
    return { label: req.label, value: req.value, limitMs };
  }
  return undefined;
}
