import type { ELK, ElkNode } from 'elkjs/lib/elk-api';

let engine: Promise<ELK> | undefined;
let runtime: 'worker' | 'main-thread' | undefined;

/** Where the loaded elk runs, once loaded; lets tests check that browsers use the worker. */
export function elkRuntime(): 'worker' | 'main-thread' | undefined {
  return runtime;
}

/** Whether this runtime can host elk in a Web Worker (a browser page, not Node or SSR). */
function canUseWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof window !== 'undefined';
}

/**
 * The shared elk instance, loaded on first use with a dynamic import so that a page given a
 * precomputed layout never downloads elkjs. In a browser it runs in a Web Worker (elk's own
 * worker script, bundled as a module worker by the page's bundler) so a large layout never
 * blocks the page; in Node, or when the worker cannot start, it runs on the main thread.
 */
export function loadElk(): Promise<ELK> {
  engine ??= (canUseWorker() ? loadWorkerElk().catch(loadMainThreadElk) : loadMainThreadElk()).catch((cause) => {
    engine = undefined;
    throw cause;
  });
  return engine;
}

async function loadMainThreadElk(): Promise<ELK> {
  const module = await import('elkjs/lib/elk.bundled.js');
  const Elk = (module.default ?? module) as unknown as new () => ELK;
  runtime = 'main-thread';
  return new Elk();
}

/** How long the worker may take to answer its first message before the main thread is used. */
const WORKER_START_LIMIT_MS = 10_000;

async function loadWorkerElk(): Promise<ELK> {
  const module = await import('elkjs/lib/elk-api.js');
  const Elk = (module.default ?? module) as unknown as new (options: { workerFactory: () => Worker }) => ELK;
  let fail: (cause: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  // A worker error after start-up is not a start-up failure; keep it from going unhandled.
  failed.catch(() => {});
  const elk = new Elk({
    workerFactory: () => {
      const worker = new Worker(new URL('./elk-worker.ts', import.meta.url), { type: 'module' });
      // elk's own wrapper never hears about a worker script that fails to load; we do.
      worker.addEventListener('error', () => fail(new Error('the elk worker failed to load')));
      return worker;
    },
  });
  const timer = setTimeout(() => fail(new Error('the elk worker did not start')), WORKER_START_LIMIT_MS);
  try {
    await Promise.race([elk.knownLayoutAlgorithms(), failed]);
  } catch (cause) {
    (elk as ELK & { terminateWorker?: () => void }).terminateWorker?.();
    throw cause;
  } finally {
    clearTimeout(timer);
  }
  runtime = 'worker';
  return elk;
}

/**
 * Runs elk on a copy of the graph, rejecting after `timeLimitMs`. A worker that runs past the
 * limit is terminated and replaced; on the main thread elk cannot be interrupted, so the limit
 * only decides whether its late result is used.
 */
export async function runElk(graph: ElkNode, timeLimitMs: number): Promise<ElkNode> {
  const elk = await loadElk();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      if (canUseWorker()) {
        (elk as ELK & { terminateWorker?: () => void }).terminateWorker?.();
        engine = undefined;
      }
      reject(new Error(`timed out after ${timeLimitMs} ms`));
    }, timeLimitMs);
  });
  try {
    return await Promise.race([elk.layout(structuredClone(graph)), limit]);
  } finally {
    clearTimeout(timer);
  }
}
