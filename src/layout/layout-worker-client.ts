import type { Diagram, ParseResult } from '../schema';
import type { WorkerRequest, WorkerResponse } from './layout-worker-protocol';
import type { DiagramLayout, LayoutOptions } from './types';

/** How long the worker may take to start (load its script) before the main thread is used. */
const WORKER_START_LIMIT_MS = 10_000;

/** Why a request did not come back from the worker. */
export class LayoutWorkerError extends Error {
  constructor(
    message: string,
    /** 'start': the worker never ran (use the main thread); 'timeout': it ran past the limit. */
    readonly reason: 'start' | 'timeout' | 'crash',
  ) {
    super(message);
  }
}

type Answer = Extract<WorkerResponse, { type: 'mlsd-answer' }>;

interface Pending {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let ready: Promise<Worker> | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

/** Whether this runtime can run the layout in a Web Worker (a browser page, not Node or SSR). */
export function canUseLayoutWorker(): boolean {
  return typeof Worker !== 'undefined' && typeof window !== 'undefined';
}

/**
 * Starts the layout worker (which loads elk right away) if it is not running. Call it early —
 * e.g. when a diagram without a precomputed layout mounts — so elk is ready by the first request.
 */
export function startLayoutWorker(): Promise<Worker> {
  ready ??= new Promise<Worker>((resolve, reject) => {
    const created = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker = created;
    const timer = setTimeout(
      () => fail(new LayoutWorkerError('the layout worker did not start', 'start')),
      WORKER_START_LIMIT_MS,
    );
    let started = false;
    const fail = (error: LayoutWorkerError) => {
      clearTimeout(timer);
      stopWorker(error);
      reject(error);
    };
    created.addEventListener('message', ({ data }: MessageEvent<WorkerResponse>) => {
      if (data?.type === 'mlsd-ready') {
        started = true;
        clearTimeout(timer);
        resolve(created);
        return;
      }
      if (data?.type !== 'mlsd-answer') return;
      const request = pending.get(data.id);
      pending.delete(data.id);
      if ('error' in data) request?.reject(new LayoutWorkerError(data.error, 'crash'));
      else request?.resolve(data);
    });
    // A script that fails to load, or an error thrown outside a request, ends this worker; the next
    // request starts a new one (or falls back to the main thread if it cannot start at all).
    created.addEventListener('error', (event) => {
      event.preventDefault();
      const message = `the layout worker failed${event.message ? `: ${event.message}` : ''}`;
      fail(new LayoutWorkerError(message, started ? 'crash' : 'start'));
    });
  });
  // Nobody may be waiting yet (a warm-up start); the failure is reported to the next request.
  ready.catch(() => {});
  return ready;
}

function stopWorker(error: Error): void {
  worker?.terminate();
  worker = undefined;
  ready = undefined;
  for (const request of pending.values()) request.reject(error);
  pending.clear();
}

/**
 * Runs the layout pipeline in the worker. Rejects with a LayoutWorkerError when the worker
 * cannot start, crashes, or has not answered within `hardLimitMs` (it is then terminated, since
 * elk cannot be interrupted, and the next request gets a fresh worker).
 */
export async function layoutInWorker(
  diagram: Diagram,
  options: LayoutOptions,
  hardLimitMs: number,
): Promise<DiagramLayout> {
  const answer = await ask((id) => ({ type: 'mlsd-layout', id, diagram, options }), hardLimitMs);
  if (!('layout' in answer)) throw new LayoutWorkerError('the worker answered with no layout', 'crash');
  return answer.layout;
}

/** Validates a diagram (text or object) in the worker; rejects like layoutInWorker. */
export async function parseInWorker(input: unknown, hardLimitMs: number): Promise<ParseResult<Diagram>> {
  const answer = await ask((id) => ({ type: 'mlsd-parse', id, input }), hardLimitMs);
  if (!('parsed' in answer)) throw new LayoutWorkerError('the worker answered with no result', 'crash');
  return answer.parsed;
}

async function ask(request: (id: number) => WorkerRequest, hardLimitMs: number): Promise<Answer> {
  const running = await startLayoutWorker();
  const id = nextId++;
  return new Promise<Answer>((resolve, reject) => {
    const timer = setTimeout(() => {
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      waiting.reject(new LayoutWorkerError(`timed out after ${hardLimitMs} ms`, 'timeout'));
      // Other requests lost with the worker are redone elsewhere by their callers.
      stopWorker(new LayoutWorkerError('the layout worker was stopped after another request timed out', 'crash'));
    }, hardLimitMs);
    pending.set(id, {
      resolve: (answer) => {
        clearTimeout(timer);
        resolve(answer);
      },
      reject: (error) => {
        clearTimeout(timer);
        reject(error);
      },
    });
    try {
      running.postMessage(request(id));
    } catch (cause) {
      // e.g. a diagram object holding something structured clone cannot copy
      pending.delete(id);
      clearTimeout(timer);
      reject(new LayoutWorkerError(cause instanceof Error ? cause.message : String(cause), 'start'));
    }
  });
}
