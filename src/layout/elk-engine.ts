import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

let engine: Promise<ELK> | undefined;

/**
 * The shared elk instance, loaded on first use with a dynamic import so that a page given a
 * precomputed layout never downloads elkjs. It runs on the calling thread: in browsers that is
 * the layout worker (layout-worker.ts), which keeps the page responsive.
 */
export function loadElk(): Promise<ELK> {
  engine ??= loadBundledElk().catch((cause) => {
    engine = undefined;
    throw cause;
  });
  return engine;
}

async function loadBundledElk(): Promise<ELK> {
  const module = await import('elkjs/lib/elk.bundled.js');
  const Elk = (module.default ?? module) as unknown as new () => ELK;
  // Loaded inside a worker, elk's embedded worker script takes over `self.onmessage` to serve a
  // caller on the other side; here elk is called in-thread, so give the worker's messages back.
  if (typeof document === 'undefined' && typeof self !== 'undefined' && 'onmessage' in self) self.onmessage = null;
  return new Elk();
}

/**
 * Runs elk on a copy of the graph, rejecting after `timeLimitMs`. elk runs in-thread and cannot
 * be interrupted, so the limit decides whether a late result is used; layoutDiagram's worker
 * client enforces a hard limit by terminating the worker.
 */
export async function runElk(graph: ElkNode, timeLimitMs: number): Promise<ElkNode> {
  const elk = await loadElk();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeLimitMs} ms`)), timeLimitMs);
  });
  try {
    return await Promise.race([elk.layout(structuredClone(graph)), limit]);
  } finally {
    clearTimeout(timer);
  }
}
